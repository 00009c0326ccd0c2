package import Foundation
package import PortfolioModel

/// Decides what market data a sync must fetch, from the clock and what is already stored.
///
/// Pure: no I/O.
///
/// - Daily prices: two weeks per holding; a day already stored (up to `daily_price_coverage`) is never fetched
///   again. Today's bar counts as complete only after the close (15:40 KST), so it is fetched once, then.
///   Coverage only advances over days actually stored (and the closed days after them): an empty or cut-short
///   answer leaves the missing days to be asked again next time, never a permanent gap. A range made only of
///   closed days (weekends, holidays KIS announced) is not asked at all.
/// - Minute bars: today's, incremental. The last stored bar is fetched again because KIS's newest bar is still
///   in progress (its volume is the previous minute's until the first trade), so the re-fetch corrects it.
package struct SyncPlanner: Sendable {
    /// How many calendar days of daily prices to keep per holding (two weeks of trading days and some margin).
    package var dailyHistoryDays: Int = PriceHistory.syncedCalendarDays
    /// Regular session, KST.
    package var sessionOpen = TradingSessions.krxOpen
    package var sessionClose = TradingSessions.krxClose
    /// After this, today's daily bar is final.
    package var dayComplete = KSTTime(secondOfDay: 15 * 3600 + 40 * 60)

    /// Creates a planner with the regular KRX session.
    package init() {}

    /// One stock's daily-price fetch.
    package struct DailyFetch: Hashable, Sendable {
        package var code: StockCode
        package var from: TradeDate
        package var through: TradeDate
    }

    /// One stock's minute-bar fetch.
    package struct MinuteFetch: Hashable, Sendable {
        package var code: StockCode
        /// Re-fetch from this bar (the last stored one), or from the open when nil.
        package var since: Date?
        package var through: KSTTime
    }

    /// The market data to fetch in one sync.
    package struct Plan: Hashable, Sendable {
        package var daily: [DailyFetch]
        package var minute: [MinuteFetch]
    }

    /// Plans the fetches for the held `codes` at `now`.
    /// - Parameters:
    ///   - codes: The held stocks.
    ///   - now: The sync's moment.
    ///   - coverage: How far each stock's daily bars are stored.
    ///   - lastMinuteBars: Each stock's last stored minute bar today.
    ///   - closedDays: Weekdays the market is known to be closed (KIS's holiday calendar).
    /// - Returns: The daily and minute fetches.
    package func plan(
        codes: [StockCode], now: Date, coverage: [StockCode: TradeDate], lastMinuteBars: [StockCode: Date],
        closedDays: Set<TradeDate> = []
    ) -> Plan {
        let today = TradeDate(now)
        let time = KST.timeOfDay(now)
        let lastComplete = time >= dayComplete ? today : today.adding(days: -1)
        let earliest = today.adding(days: -dailyHistoryDays)
        var daily: [DailyFetch] = []
        for code in codes.sorted() {
            let from = max(coverage[code].map { $0.adding(days: 1) } ?? earliest, earliest)
            guard from <= lastComplete else { continue }
            guard Self.days(from: from, through: lastComplete).contains(where: { Self.isOpen($0, closedDays) })
            else { continue }
            daily.append(DailyFetch(code: code, from: from, through: lastComplete))
        }
        return Plan(daily: daily, minute: minuteFetches(codes: codes, now: now, lastMinuteBars: lastMinuteBars))
    }

    /// How far `fetch` covers its stock once `bars` (its answer) are stored: through the newest bar, and on over
    /// the closed days after it; `nil` when nothing was stored (the days stay to be asked again).
    package static func coverage(of fetch: DailyFetch, bars: [DailyBar], closedDays: Set<TradeDate>) -> TradeDate? {
        guard var covered = bars.lazy.filter({ $0.code == fetch.code }).map(\.date).max() else { return nil }
        while covered < fetch.through, !isOpen(covered.adding(days: 1), closedDays) {
            covered = covered.adding(days: 1)
        }
        return min(covered, fetch.through)
    }

    private static func isOpen(_ day: TradeDate, _ closedDays: Set<TradeDate>) -> Bool {
        !day.isWeekend && !closedDays.contains(day)
    }

    private static func days(from: TradeDate, through: TradeDate) -> [TradeDate] {
        var days: [TradeDate] = []
        var day = from
        while day <= through {
            days.append(day)
            day = day.adding(days: 1)
        }
        return days
    }

    /// Plans a light sync: no balance, orders or history; each held stock's quote (today's bar so far) and its
    /// new minute bars, during the session only.
    /// - Returns: The stocks whose quote to fetch, and the minute-bar fetches.
    package func planLight(codes: [StockCode], now: Date, lastMinuteBars: [StockCode: Date]) -> (
        quotes: [StockCode], minute: [MinuteFetch]
    ) {
        let today = TradeDate(now)
        let time = KST.timeOfDay(now)
        guard !today.isWeekend, time >= sessionOpen else { return ([], []) }
        return (codes.sorted(), minuteFetches(codes: codes, now: now, lastMinuteBars: lastMinuteBars))
    }

    private func minuteFetches(codes: [StockCode], now: Date, lastMinuteBars: [StockCode: Date]) -> [MinuteFetch] {
        let today = TradeDate(now)
        let time = KST.timeOfDay(now)
        var minute: [MinuteFetch] = []
        if !today.isWeekend, time >= sessionOpen {
            let through = min(time, sessionClose)
            let lastBar = today.at(KSTTime(secondOfDay: sessionClose.secondOfDay - 60))
            for code in codes.sorted() {
                let last = lastMinuteBars[code]
                if time >= dayComplete, let last, last >= lastBar { continue }  // the day's bars are complete
                minute.append(MinuteFetch(code: code, since: last, through: through))
            }
        }
        return minute
    }
}
