package import Foundation
package import PortfolioModel

/// Everything one sync fetched for one account, written by ``AccountWriter/write(_:)`` in one transaction.
package struct SyncBatch: Sendable {
    package var account: AccountNumber
    package var mode: TradingMode
    /// When the balance was fetched: the snapshot time of a new snapshot, or the new `confirmed_at`.
    package var fetchedAt: Date
    /// The KIS trade date the batch belongs to.
    package var tradeDate: TradeDate
    /// The balance inquiry, all pages (sold-out rows with quantity 0 included; they are not stored).
    package var balance: BalanceSnapshot
    /// Today's orders, amends and cancels included.
    package var orders: [DailyOrder]
    /// Today's filled orders with computed costs.
    package var executions: [Execution]
    /// Orders that can still be amended or cancelled.
    package var unfilled: [UnfilledOrder]
    /// Daily bars fetched this sync (new days only).
    package var dailyBars: [DailyBar]
    /// For each stock whose daily bars were fetched: the last day now known to be complete.
    package var dailyCoverage: [StockCode: TradeDate]
    /// Minute bars fetched this sync (re-fetched minutes overwrite the stored ones).
    package var minuteBars: [MinuteBar]

    /// Creates a batch; market data defaults to empty.
    package init(
        account: AccountNumber, mode: TradingMode, fetchedAt: Date, tradeDate: TradeDate, balance: BalanceSnapshot,
        orders: [DailyOrder] = [], executions: [Execution] = [], unfilled: [UnfilledOrder] = [],
        dailyBars: [DailyBar] = [], dailyCoverage: [StockCode: TradeDate] = [:], minuteBars: [MinuteBar] = []
    ) {
        self.account = account
        self.mode = mode
        self.fetchedAt = fetchedAt
        self.tradeDate = tradeDate
        self.balance = balance
        self.orders = orders
        self.executions = executions
        self.unfilled = unfilled
        self.dailyBars = dailyBars
        self.dailyCoverage = dailyCoverage
        self.minuteBars = minuteBars
    }
}

/// What ``AccountWriter/write(_:)`` changed.
package struct SyncWriteResult: Sendable, Equatable {
    /// Rows inserted or updated per table (unchanged rows are not counted); every written table has a key.
    package var rows: [String: Int]
    /// The `kis_account` snapshot the batch's balance is stored in (new, or the confirmed existing one).
    package var snapshotID: Int64
    /// `true` if the balance differed from the latest snapshot and a new one was inserted.
    package var isNewSnapshot: Bool
    /// How long each table's step of the transaction took, in order (not part of equality).
    package var steps: [(table: String, duration: Duration)] = []

    /// Creates a result.
    package init(rows: [String: Int], snapshotID: Int64, isNewSnapshot: Bool) {
        self.rows = rows
        self.snapshotID = snapshotID
        self.isNewSnapshot = isNewSnapshot
    }
}

extension SyncWriteResult {
    /// Equal rows and snapshot; the timings differ from run to run and are ignored.
    package static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.rows == rhs.rows && lhs.snapshotID == rhs.snapshotID && lhs.isNewSnapshot == rhs.isNewSnapshot
    }
}
