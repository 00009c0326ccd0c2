import Foundation
import Pipeline
import PortfolioModel
import Settings
import Testing

@Suite struct MarketClockTests {
    /// Thursday 2025-12-04 and friends.
    static let thursday = TradeDate(year: 2025, month: 12, day: 4)!
    static func at(_ day: TradeDate, _ h: Int, _ m: Int) -> Date { day.at(KSTTime(hour: h, minute: m)!) }

    private func clock(nxt: Bool = false, calendar: [MarketDay] = [], overrides: CalendarOverrides = .init())
        -> MarketClock
    {
        var schedule = ScheduleSection()
        schedule.nxtEnabled = nxt
        return MarketClock(sessions: MarketClock.sessions(schedule), calendar: calendar, overrides: overrides)
    }

    /// 09:00–15:30 plus the default 5-minute margin, so the seed's 08:55 and 15:35 refreshes run.
    @Test(arguments: [(8, 54, false), (8, 55, true), (12, 0, true), (15, 35, true), (15, 36, false), (19, 0, false)])
    func krxRegularSessionIsNineToHalfPastThree(hour: Int, minute: Int, open: Bool) {
        #expect(clock().status(at: Self.at(Self.thursday, hour, minute)).isOpen == open)
    }

    @Test(arguments: [(7, 54, false), (7, 55, true), (8, 30, true), (16, 0, true), (20, 5, true), (20, 6, false)])
    func nxtWhenEnabledRunsFromEightToEight(hour: Int, minute: Int, open: Bool) {
        #expect(clock(nxt: true).status(at: Self.at(Self.thursday, hour, minute)).isOpen == open)
    }

    @Test func weekendsAreClosed() {
        let saturday = Self.thursday.adding(days: 2)
        guard case .closed(let reason) = clock(nxt: true).status(at: Self.at(saturday, 10, 0)) else {
            Issue.record("Saturday should be closed")
            return
        }
        #expect(reason.contains("Saturday"))
    }

    @Test func aHolidayFromTheCachedKISCalendarIsClosed() {
        let holiday = TradeDate(year: 2025, month: 12, day: 25)!
        let day = MarketDay(
            date: holiday, isBusinessDay: false, isTradingDay: false, isOpen: false, isSettlementDay: false)
        let status = clock(calendar: [day]).status(at: Self.at(holiday, 10, 0))
        #expect(status == .closed(reason: "2025-12-25 is a market holiday (KIS calendar)"))
        // Without the calendar (paper mode: no chk-holiday) only weekends and the override file close a day.
        #expect(clock().status(at: Self.at(holiday, 10, 0)).isOpen)
    }

    @Test func theOverrideFileClosesAndOpensDays() throws {
        let text = "# ad-hoc closures\n2025-12-04 election day\nopen 2025-12-25  # KIS calendar is wrong\n\n"
        let overrides = try CalendarOverrides(parsing: text, path: "closures.txt")
        let christmas = TradeDate(year: 2025, month: 12, day: 25)!
        let day = MarketDay(
            date: christmas, isBusinessDay: false, isTradingDay: false, isOpen: false, isSettlementDay: false)
        let c = clock(calendar: [day], overrides: overrides)
        #expect(c.status(at: Self.at(Self.thursday, 10, 0)) == .closed(reason: "2025-12-04 is closed (election day)"))
        #expect(c.status(at: Self.at(christmas, 10, 0)).isOpen)
    }

    @Test func aBadOverrideLineNamesTheFileAndLine() {
        let error = #expect(throws: PipelineError.self) {
            try CalendarOverrides(parsing: "2025-12-04\n12/05/2025 typo\n", path: "closures.txt")
        }
        #expect(error?.message.contains("closures.txt line 2") == true)
    }

    @Test func nextOpeningSkipsTheWeekend() {
        let friday = Self.thursday.adding(days: 1)
        let next = clock().nextOpening(after: Self.at(friday, 16, 0))
        #expect(next == Self.at(friday.adding(days: 3), 8, 55))
    }

    @Test func answersDoNotDependOnTheMachineTimeZone() {
        let instants = (0..<48).map { Self.at(Self.thursday, 0, 0).addingTimeInterval(Double($0) * 1800) }
        let before = instants.map { clock(nxt: true).status(at: $0) }
        let saved = ProcessInfo.processInfo.environment["TZ"]
        setenv("TZ", "America/Los_Angeles", 1)
        tzset()
        defer {
            if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
            tzset()
        }
        #expect(instants.map { clock(nxt: true).status(at: $0) } == before)
        #expect(before.filter(\.isOpen).count == 25)  // 07:55…20:05: 08:00…20:00 every half hour
    }
}
