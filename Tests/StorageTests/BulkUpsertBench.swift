import Foundation
import KISDashTestSupport
import LibPQ
import PortfolioModel
import Testing

@testable import Storage

/// A measurement, not a test: run with `KISDASH_BENCH=1` to print how long 7,800 minute bars take.
///
/// It asserts nothing about time (timings on a shared 2-core machine vary too much for that). Measured
/// numbers are recorded in `UnnestInsert.swift`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["KISDASH_BENCH"] == "1"), .requiresDatabase)
struct BulkUpsertBench {
    @Test func minuteBarUpsertTimings() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            for round in 0..<6 {
                var batch = f.batch()
                // Rounds: 0 inserts, 1-2 change every row, 3-5 repeat round 2 (the usual re-sync: nothing changed).
                batch.minuteBars = f.minuteBars(stocks: 20, minutes: 390, base: 70_000 + Int64(min(round, 2)) * 1_000)
                let clock = ContinuousClock()
                let start = clock.now
                let rows = try await db.withTransaction { conn in try AccountWriter.writeMinuteBars(batch, on: conn) }
                let elapsed = clock.now - start
                print("bench round \(round): \(rows) rows changed in \(elapsed)")
            }
            let bars = f.minuteBars(stocks: 20, minutes: 390)
            let buildStart = ContinuousClock().now
            var insert = UnnestInsert(into: "min_price")
            insert.column("stock_code", "text", bars.map(\.code))
            insert.column("minute", "timestamptz", bars.map(\.minute))
            for column in ["open", "high", "low", "close"] { insert.column(column, "bigint", bars.map(\.open)) }
            insert.column("volume", "bigint", bars.map(\.volume))
            _ = insert.upsert(key: ["stock_code", "minute"], compare: ["open"])
            print("bench building the statement's binds (Swift side only): \(ContinuousClock().now - buildStart)")
            let rowByRow = f.minuteBars(stocks: 20, minutes: 390, base: 99_000)
            let clock = ContinuousClock()
            let start = clock.now
            try await db.withTransaction { conn in
                for bar in rowByRow {
                    try conn.execute(
                        """
                        INSERT INTO min_price (stock_code, minute, open, high, low, close, volume)
                        VALUES (\(bar.code), \(bar.minute), \(bar.open), \(bar.high), \(bar.low), \(bar.close), \(bar.volume))
                        ON CONFLICT (stock_code, minute) DO UPDATE SET close = EXCLUDED.close
                        """)
                }
            }
            print("bench one statement per row: \(rowByRow.count) rows in \(clock.now - start)")
        }
    }
}
