import Foundation
package import LibPQ
import PortfolioModel

/// The single writer of the sync: stores one ``SyncBatch`` in one transaction.
///
/// If the balance and unfilled orders are the same as the account's latest snapshot (same canonical content
/// hash), only that snapshot's `confirmed_at` moves; otherwise a new `kis_account` snapshot is inserted with its
/// held positions (quantity > 0) and unfilled orders. Orders, executions, daily bars, coverage and minute bars
/// are upserted on their natural keys, so writing the same batch twice changes nothing. Any error rolls the
/// whole batch back. A per-account advisory lock serialises concurrent syncs of one account.
package struct AccountWriter: Sendable {
    /// Rows per statement for the bulk upserts (bounded memory for one array literal).
    static let chunkSize = 5_000

    let database: Database

    /// Creates a writer on a read-write database.
    package init(database: Database) {
        self.database = database
    }

    /// Writes `batch` atomically.
    ///
    /// - Returns: Rows inserted or updated per table, and which snapshot holds the balance.
    /// - Throws: ``StorageError`` naming the table that failed; nothing of the batch is written then.
    package func write(_ batch: SyncBatch) async throws -> SyncWriteResult {
        try await withContext("writing a sync batch") {
            try await database.withTransaction { conn in
                try conn.execute(
                    "SELECT pg_advisory_xact_lock(\(Migrator.lockKey + 1), hashtext(\(batch.account)::text || ':' || \(batch.mode)::text))"
                )
                var rows: [String: Int] = [:]
                var steps = Steps()
                let snapshot = try steps.run("kis_account") { try Self.writeSnapshot(batch, on: conn) }
                rows["kis_account"] = snapshot.accountRows
                rows["kis_holding"] = snapshot.holdingRows
                rows["kis_unfilled_order"] = snapshot.unfilledRows
                rows["kis_order_detail"] = try steps.run("kis_order_detail") { try Self.writeOrders(batch, on: conn) }
                rows["kis_execution"] = try steps.run("kis_execution") { try Self.writeExecutions(batch, on: conn) }
                rows["daily_price"] = try steps.run("daily_price") { try Self.writeDailyBars(batch, on: conn) }
                rows["daily_price_coverage"] = try steps.run("daily_price_coverage") {
                    try Self.writeCoverage(batch, on: conn)
                }
                rows["min_price"] = try Self.writeMinuteBars(batch.minuteBars, on: conn, steps: &steps)
                let journal = try steps.run("trade_orders") {
                    try TradeJournal.reconcile(
                        batch.orders, account: batch.account, mode: batch.mode, at: batch.fetchedAt, on: conn)
                }
                if journal > 0 { rows["trade_orders"] = journal }
                var result = SyncWriteResult(rows: rows, snapshotID: snapshot.id, isNewSnapshot: snapshot.isNew)
                result.steps = steps.timings
                return result
            }
        }
    }
}

extension AccountWriter {
    /// Upserts `rows` into `table` a chunk of ``chunkSize`` rows at a time, keyed on `key`.
    ///
    /// `columns` adds a chunk's columns; `updated_at` is `stamp` on every row, rewritten only along with a change
    /// in `compare` (``UnnestInsert/upsert(key:compare:touch:condition:)``).
    /// - Returns: Rows inserted or updated.
    static func upsertChunked<Row>(
        _ rows: [Row], into table: String, key: [String], compare: [String], stamp: Date, on conn: PGConnection,
        columns: (inout UnnestInsert, ArraySlice<Row>) -> Void
    ) throws -> Int {
        var total = 0
        for chunk in rows.chunked(chunkSize) {
            var insert = UnnestInsert(into: table)
            columns(&insert, chunk)
            insert.column("updated_at", "timestamptz", Array(repeating: stamp, count: chunk.count))
            total += try conn.execute(insert.upsert(key: key, compare: compare, touch: ["updated_at"]))
        }
        return total
    }

    /// The columns that name the batch's account on each of `n` rows.
    static func accountColumns(_ insert: inout UnnestInsert, _ batch: SyncBatch, rows n: Int) {
        insert.column("account_no", "text", Array(repeating: batch.account, count: n))
        insert.column("is_paper", "boolean", Array(repeating: batch.mode.isPaper, count: n))
    }
}

/// Runs the writer's steps, naming the table in any error and timing each (for the sync's `write:` line).
struct Steps {
    var timings: [(table: String, duration: Duration)] = []

    mutating func run<T>(_ table: String, _ body: () throws -> T) throws -> T {
        let start = ContinuousClock.now
        defer { timings.append((table, ContinuousClock.now - start)) }
        do {
            return try body()
        } catch {
            throw StorageError.wrapping(error, "writing \(table)")
        }
    }
}
