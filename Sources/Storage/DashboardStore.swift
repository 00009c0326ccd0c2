import Foundation
package import LibPQ
package import PortfolioModel

/// The renderer's read-only view of the stored data.
///
/// Always reads through a read-only session (``Database/readOnly()`` of the handle it is given) and inside
/// `REPEATABLE READ READ ONLY` transactions, so it can never write, and a snapshot's summary, holdings and
/// unfilled orders come from one consistent view even while a sync commits.
package struct DashboardStore: Sendable {
    let database: Database

    /// Creates a store; `database` is reopened as a read-only session if it is not one already.
    package init(database: Database) {
        self.database = database.readOnly()
    }

    /// The account's latest snapshot, or `nil` if none was stored yet.
    /// - Throws: ``StorageError``.
    package func latestSnapshot(account: AccountNumber, mode: TradingMode) async throws -> StoredSnapshot? {
        try await withContext("reading the latest snapshot") {
            try await database.withTransaction(.readOnly) { conn in
                try SnapshotRows.latest(account: account, isPaper: mode.isPaper, on: conn)
            }
        }
    }

    /// The account's filled orders on `date` with their costs, by execution time.
    /// - Throws: ``StorageError``.
    package func executions(account: AccountNumber, mode: TradingMode, on date: TradeDate) async throws -> [Execution] {
        try await withContext("reading executions") {
            try await database.withTransaction(.readOnly) { conn in
                try OrderRows.executions(account: account, isPaper: mode.isPaper, on: date, conn: conn)
            }
        }
    }

    /// Every order of the account on `date` (amends and cancels included), by order time.
    /// - Throws: ``StorageError``.
    package func orders(account: AccountNumber, mode: TradingMode, on date: TradeDate) async throws -> [DailyOrder] {
        try await withContext("reading orders") {
            try await database.withTransaction(.readOnly) { conn in
                try OrderRows.orders(account: account, isPaper: mode.isPaper, on: date, conn: conn)
            }
        }
    }

    /// Daily bars of each stock from `from` through `through` (inclusive), oldest first.
    /// - Throws: ``StorageError``.
    package func dailyBars(for codes: [StockCode], from: TradeDate, through: TradeDate) async throws -> [StockCode:
        [DailyBar]]
    {
        guard !codes.isEmpty else { return [:] }
        return try await withContext("reading daily bars") {
            try await database.withTransaction(.readOnly) { conn in
                try PriceRows.dailyBars(for: codes, from: from, through: through, on: conn)
            }
        }
    }

    /// Minute bars of each stock on `date` (KST), oldest first.
    /// - Throws: ``StorageError``.
    package func minuteBars(for codes: [StockCode], on date: TradeDate) async throws -> [StockCode: [MinuteBar]] {
        guard !codes.isEmpty else { return [:] }
        return try await withContext("reading minute bars") {
            try await database.withTransaction(.readOnly) { conn in
                try PriceRows.minuteBars(for: codes, on: date, conn: conn)
            }
        }
    }

    /// The number of rows in each table of the schema (for `kisdash doctor` and tests).
    /// - Throws: ``StorageError``.
    package func tableCounts() async throws -> [String: Int] {
        // The names are this module's constants, never input: unsafeSQL is safe here.
        let sql = StorageTable.all.map { "SELECT '\($0)', count(*) FROM \($0)" }.joined(separator: " UNION ALL ")
        return try await withContext("counting rows") {
            let rows = try await database.withTransaction(.readOnly) { conn in
                try conn.query(PGQuery(unsafeSQL: sql), as: (String, Int).self)
            }
            return Dictionary(rows.map { ($0.0, $0.1) }, uniquingKeysWith: +)
        }
    }
}
