import Foundation
import PortfolioModel
import Testing

/// The persisted feed status: counters per KST day, reconnects, silence.
@Suite struct FeedStatusTests {
    /// 2025-07-15 10:00:00 KST.
    static let morning = Date(timeIntervalSince1970: 1_752_541_200)

    @Test func countsReconnectsNoticesAndErrorsAndRollsOverAtKSTMidnight() throws {
        var status = FeedStatus(now: Self.morning)
        status.connected(at: Self.morning)
        status.receivedFrame(at: Self.morning.addingTimeInterval(5))
        status.receivedNotices(2, at: Self.morning.addingTimeInterval(5))
        status.disconnected(at: Self.morning.addingTimeInterval(60), error: "connection reset")
        status.disconnected(at: Self.morning.addingTimeInterval(61))
        status.unreadableFrame("neither JSON nor a data frame", at: Self.morning.addingTimeInterval(62))
        #expect(!status.isConnected && status.reconnectsToday == 1 && status.noticesToday == 2)
        #expect(status.unreadableFramesToday == 1 && status.lastError == "neither JSON nor a data frame")
        // 14 h later it is the next KST day.
        status.connected(at: Self.morning.addingTimeInterval(14 * 3600))
        #expect(status.day == TradeDate("2025-07-16") && status.reconnectsToday == 0 && status.noticesToday == 0)
        let data = try JSONEncoder().encode(status)
        #expect(try JSONDecoder().decode(FeedStatus.self, from: data) == status)
    }

    @Test func silentConnectionIsNoticed() {
        var status = FeedStatus(now: Self.morning)
        #expect(!status.isSilent(at: Self.morning.addingTimeInterval(999), longerThan: .seconds(120)))
        status.connected(at: Self.morning)
        status.receivedFrame(at: Self.morning.addingTimeInterval(10))
        #expect(!status.isSilent(at: Self.morning.addingTimeInterval(100), longerThan: .seconds(120)))
        #expect(status.isSilent(at: Self.morning.addingTimeInterval(200), longerThan: .seconds(120)))
    }
}
