import Feed
import PortfolioModel
import Testing

/// Every encrypted example frame decodes into the notice the SPEC's reading table says it is.
@Suite struct ExampleNoticeTests {
    struct Expected: Sendable {
        var kind: ExecutionNotice.Kind
        var order: String
        var original: String?
        var side: Side
        var code: String
        var name: String
        var quantity: Int64
        var price: Int64
        var time: String
        var orderQuantity: Int64
        var condition: ExecutionNotice.Condition = .none
    }

    /// In file order: ws_frames.txt (accept, fill), then ws_ccnl_notice_lifecycle.txt.
    static let expected: [Expected] = [
        Expected(
            kind: .accepted, order: "0000117342", side: .buy, code: "000660", name: "SK하이닉스", quantity: 5,
            price: 280_000, time: "09:30:11", orderQuantity: 5),
        Expected(
            kind: .fill, order: "0000117057", side: .buy, code: "005930", name: "삼성전자", quantity: 10,
            price: 62_400, time: "09:15:33", orderQuantity: 10),
        Expected(
            kind: .cancelAccepted, order: "0000118105", original: "0000117342", side: .buy, code: "000660",
            name: "SK하이닉스", quantity: 5, price: 0, time: "10:05:12", orderQuantity: 5),
        Expected(
            kind: .accepted, order: "0000119001", side: .buy, code: "005930", name: "삼성전자", quantity: 10,
            price: 62_000, time: "10:10:00", orderQuantity: 10),
        Expected(
            kind: .amendAccepted, order: "0000119044", original: "0000119001", side: .buy, code: "005930",
            name: "삼성전자", quantity: 10, price: 62_200, time: "10:12:30", orderQuantity: 10),
        Expected(
            kind: .fill, order: "0000119044", original: "0000119001", side: .buy, code: "005930", name: "삼성전자",
            quantity: 4, price: 62_200, time: "10:13:05", orderQuantity: 10),
        Expected(
            kind: .fill, order: "0000119044", original: "0000119001", side: .buy, code: "005930", name: "삼성전자",
            quantity: 6, price: 62_200, time: "10:13:41", orderQuantity: 10),
        Expected(
            kind: .refused, order: "0000119102", side: .buy, code: "005930", name: "삼성전자", quantity: 5,
            price: 61_000, time: "10:20:04", orderQuantity: 5),
        Expected(
            kind: .fill, order: "0000119150", side: .sell, code: "005930", name: "삼성전자", quantity: 3,
            price: 62_300, time: "10:30:15", orderQuantity: 10, condition: .ioc),
        Expected(
            kind: .remainderCancelled, order: "0000119150", side: .sell, code: "005930", name: "삼성전자",
            quantity: 7, price: 62_300, time: "10:30:15", orderQuantity: 10, condition: .ioc),
    ]

    @Test func everyExampleFrameDecodesToTheExpectedNotice() throws {
        let frames = try Examples.encryptedNoticeFrames()
        try #require(frames.count == Self.expected.count)
        let decoder = try Examples.decoder()
        for (frame, want) in zip(frames, Self.expected) {
            guard case .data(let data) = FeedMessage.parse(frame.text) else {
                Issue.record("not a data frame: \(frame)")
                continue
            }
            let decoded = try decoder.decode(data)
            #expect(decoded.layoutWarning == nil && decoded.records.count == 1)
            let notice = try NoticeReader.notices(in: decoded)[0].get()
            #expect(notice.kind == want.kind)
            #expect(notice.orderNumber == want.order && notice.originalOrderNumber == want.original)
            #expect(notice.side == want.side && notice.code.rawValue == want.code && notice.name == want.name)
            #expect(notice.quantity == want.quantity && notice.price == KRW(want.price))
            #expect(notice.time.colonSeparated == want.time && notice.orderQuantity == want.orderQuantity)
            #expect(notice.condition == want.condition)
            #expect(notice.account.storageKey == "12345678-01" && notice.htsID == "myhtsid")
            #expect(notice.venue == .krx && notice.routedTo == .krx && notice.branch == "06010")
        }
    }

    @Test func plainTradeTickFrameSplitsInto46Fields() throws {
        let tick = try #require(try Examples.frames("ws_frames.txt").first { $0.text.hasPrefix("0|H0STCNT0") })
        guard case .data(let frame) = FeedMessage.parse(tick.text) else {
            Issue.record("not a data frame")
            return
        }
        let decoded = try FrameDecoder().decode(frame)
        #expect(RecordLayout.tradeTick.fieldCount == 46)
        #expect(decoded.layout == .tradeTick && decoded.records.first?.count == 46)
        #expect(decoded.records.first?.first == "005930" && decoded.records.first?.last == "61700")
    }

    @Test func marketStatusFramesSplitInto11Fields() throws {
        for frame in try Examples.frames("ws_market_status.txt") where frame.text.hasPrefix("0|") {
            guard case .data(let data) = FeedMessage.parse(frame.text) else {
                Issue.record("not a data frame")
                continue
            }
            let decoded = try FrameDecoder().decode(data)
            #expect(decoded.layout == .marketStatus && decoded.records.first?.count == 11)
        }
    }
}
