/// KRX trading calendar: weekends, public holidays and market-only closures (Dec 31).
///
/// Built in for 2024–2026 (peers.md §3.2: public holidays, election days, temporary holidays and
/// Dec 31); a scenario may add more.
package struct MarketCalendar: Sendable {
    /// Days on which nothing is open (bzdy_yn, tr_day_yn, opnd_yn, sttl_day_yn all N).
    private(set) var holidays: Set<Int>
    /// Business days on which the market is closed (Dec 31: bzdy_yn Y, opnd_yn N, sttl_day_yn N).
    private(set) var marketClosures: Set<Int>

    /// The built-in KRX calendar plus the given extra dates.
    package init(extraHolidays: [KSTDate] = [], extraClosures: [KSTDate] = []) {
        holidays = Set(Self.builtInHolidays.compactMap { KSTDate(parsing: $0)?.dayNumber })
        holidays.formUnion(extraHolidays.map(\.dayNumber))
        marketClosures = Set(Self.builtInClosures.compactMap { KSTDate(parsing: $0)?.dayNumber })
        marketClosures.formUnion(extraClosures.map(\.dayNumber))
    }

    /// True when the day is a weekday and not a holiday (영업일).
    package func isBusinessDay(_ date: KSTDate) -> Bool {
        !date.isWeekend && !holidays.contains(date.dayNumber)
    }

    /// True when KRX runs a regular session that day (개장일).
    package func isTradingDay(_ date: KSTDate) -> Bool {
        isBusinessDay(date) && !marketClosures.contains(date.dayNumber)
    }

    /// The last trading day strictly before `date`.
    package func tradingDay(before date: KSTDate) -> KSTDate {
        var d = date.adding(days: -1)
        while !isTradingDay(d) { d = d.adding(days: -1) }
        return d
    }

    /// The first trading day strictly after `date`.
    package func tradingDay(after date: KSTDate) -> KSTDate {
        var d = date.adding(days: 1)
        while !isTradingDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// The latest trading day on or before `date`.
    package func tradingDay(onOrBefore date: KSTDate) -> KSTDate {
        isTradingDay(date) ? date : tradingDay(before: date)
    }

    /// The settlement day of a trade (T+2 trading days).
    func settlementDay(of tradeDate: KSTDate) -> KSTDate {
        tradingDay(after: tradingDay(after: tradeDate))
    }

    private static let builtInHolidays = [
        // 2024
        "2024-01-01", "2024-02-09", "2024-02-12", "2024-03-01", "2024-04-10", "2024-05-01", "2024-05-06",
        "2024-05-15", "2024-06-06", "2024-08-15", "2024-09-16", "2024-09-17", "2024-09-18", "2024-10-01",
        "2024-10-03", "2024-10-09", "2024-12-25",
        // 2025
        "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-03-03", "2025-05-01",
        "2025-05-05", "2025-05-06", "2025-06-03", "2025-06-06", "2025-08-15", "2025-10-03", "2025-10-06",
        "2025-10-07", "2025-10-08", "2025-10-09", "2025-12-25",
        // 2026
        "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-03-02", "2026-05-01", "2026-05-05",
        "2026-05-25", "2026-06-03", "2026-08-17", "2026-09-24", "2026-09-25", "2026-10-05", "2026-10-09",
        "2026-12-25",
    ]

    private static let builtInClosures = ["2024-12-31", "2025-12-31", "2026-12-31"]
}
