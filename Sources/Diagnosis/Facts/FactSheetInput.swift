package import Foundation
package import PortfolioModel

/// What a fact sheet is computed from: the stored snapshot, today's executions, the bars and the clock.
package struct FactSheetInput: Sendable {
    package var snapshot: StoredSnapshot
    /// Filled orders of the snapshot's day.
    package var executions: [Execution]
    /// Daily bars per held stock, any order.
    package var dailyBars: [StockCode: [DailyBar]]
    /// Today's minute bars per held stock, any order.
    package var minuteBars: [StockCode: [MinuteBar]]
    /// Now, for the data-age flags.
    package var now: Date

    /// Creates an input.
    package init(
        snapshot: StoredSnapshot, executions: [Execution] = [], dailyBars: [StockCode: [DailyBar]] = [:],
        minuteBars: [StockCode: [MinuteBar]] = [:], now: Date
    ) {
        self.snapshot = snapshot
        self.executions = executions
        self.dailyBars = dailyBars
        self.minuteBars = minuteBars
        self.now = now
    }

    /// The KST day the snapshot describes.
    package var day: TradeDate { TradeDate(snapshot.confirmedAt) }
}

/// The thresholds a fact sheet applies.
package struct FactRules: Sendable, Hashable {
    /// The stop-loss watch level; holdings at or below it are flagged (the seed's −5 %).
    package var lossThreshold: Percent
    /// A snapshot older than this is stale.
    package var staleAfterMinutes: Int
    /// Trading days in the trend window (two weeks).
    package var trendDays: Int

    /// Creates rules; the defaults are −5 %, 30 minutes and 10 trading days.
    package init(
        lossThreshold: Percent = Percent(hundredths: -500), staleAfterMinutes: Int = 30,
        trendDays: Int = PriceHistory.windowTradingDays
    ) {
        self.lossThreshold = lossThreshold
        self.staleAfterMinutes = staleAfterMinutes
        self.trendDays = trendDays
    }
}
