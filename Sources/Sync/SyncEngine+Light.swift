import Foundation
import PortfolioModel
import Storage

extension SyncEngine {
    /// The light sync (the 1-minute job): each held stock's quote and new minute bars; no balance, no orders.
    ///
    /// The stocks are those of the latest stored snapshot (the full sync keeps it current). The quote becomes
    /// today's in-progress daily bar, so the two-week chart and the day change move between full syncs; the
    /// full sync after the close overwrites it with KIS's final bar.
    func runLight(at fetchedAt: Date) async throws -> Written {
        let today = TradeDate(fetchedAt)
        let codes = try await step(.storedState) { try await stores.state.heldCodes(account: account, mode: mode) }
        let lastBars = try await step(.storedState) {
            try await stores.state.lastMinuteBars(for: codes, on: today)
        }
        let plan = planner.planLight(codes: codes, now: fetchedAt, lastMinuteBars: lastBars)
        progress("light: quotes for \(plan.quotes.count) and minute bars for \(plan.minute.count) holdings")
        // Bounded like the full sync (at most `concurrency` in flight); the client's rate limiter paces the rest.
        let quotes = try await step(.quotes) {
            try await forEachBounded(plan.quotes, label: "quotes") { [source] code in
                [try await source.fetchQuote(code: code)]
            }
        }
        let minutes = try await step(.minuteBars) {
            try await forEachBounded(plan.minute, label: "minute bars") { [source] f in
                try await source.fetchMinuteBars(code: f.code, since: f.since, through: f.through)
            }
        }
        // Before the first trade a quote repeats yesterday's figures with no volume: no bar for today then.
        let dailyBars = quotes.filter { $0.volume > 0 && $0.price > .zero }.map {
            DailyBar(
                code: $0.code, date: today, open: $0.open, high: $0.high, low: $0.low, close: $0.price,
                volume: $0.volume)
        }
        let rows = try await step(.write) {
            try await stores.writer.writePrices(dailyBars: dailyBars, minuteBars: minutes, fetchedAt: fetchedAt)
        }
        return Written(rows: rows, isNewSnapshot: false, holdings: codes.count)
    }
}
