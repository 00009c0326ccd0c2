package import Foundation
import LibPQ
package import PortfolioModel

/// Everything the dashboard draws from the database, read in one transaction (one consistent view).
package struct DashboardRecords: Sendable {
    /// The latest snapshot: summary, held positions and unfilled orders.
    package var snapshot: StoredSnapshot
    /// Filled orders on the snapshot's trade date, by execution time.
    package var executions: [Execution]
    /// Daily bars of each held stock over the look-back, oldest first.
    package var dailyBars: [StockCode: [DailyBar]]
    /// Minute bars of each held stock on the trade date, oldest first.
    package var minuteBars: [StockCode: [MinuteBar]]
    /// The newest finished sync, if it failed.
    package var syncFailure: LatestSyncFailure?
}

extension DashboardStore {
    /// Reads the account's latest snapshot and the market data of its trade date in one `REPEATABLE READ READ
    /// ONLY` transaction: one statement per kind of data, bars in binary format.
    ///
    /// Measured on the 2-core dev machine at 100 holdings (39,000 minute bars): see `bench/README.md`.
    /// - Parameters:
    ///   - account: The account.
    ///   - mode: Real or paper.
    ///   - dailyLookbackDays: Calendar days of daily bars before the trade date.
    /// - Returns: `nil` if no snapshot was stored yet.
    /// - Throws: ``StorageError``.
    package func dashboard(account: AccountNumber, mode: TradingMode, dailyLookbackDays: Int) async throws
        -> DashboardRecords?
    {
        try await withContext("reading the dashboard") {
            try await database.withTransaction(.readOnly) { conn in
                guard let snapshot = try SnapshotRows.latest(account: account, isPaper: mode.isPaper, on: conn) else {
                    return nil
                }
                let day = TradeDate(snapshot.confirmedAt)
                let codes = snapshot.holdings.map(\.code)
                return DashboardRecords(
                    snapshot: snapshot,
                    executions: try OrderRows.executions(account: account, isPaper: mode.isPaper, on: day, conn: conn),
                    dailyBars: codes.isEmpty
                        ? [:]
                        : try PriceRows.dailyBars(
                            for: codes, from: day.adding(days: -dailyLookbackDays), through: day, on: conn),
                    minuteBars: codes.isEmpty ? [:] : try PriceRows.minuteBars(for: codes, on: day, conn: conn),
                    syncFailure: try Self.latestSyncFailure(account: account, mode: mode, on: conn))
            }
        }
    }
}
