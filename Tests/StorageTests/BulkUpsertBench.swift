import Foundation
import KISDashTestSupport
import LibPQ
import PortfolioModel
import Testing

@testable import Storage

/// A measurement, not a test: run with `KISDASH_BENCH=1` to print how long 7,800 minute bars take.
///
/// It asserts nothing about time (timings on a shared 2-core machine vary too much for that). Measured
/// numbers are recorded in `AccountWriter+Prices.swift` and `bench/README.md`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["KISDASH_BENCH"] == "1"), .requiresDatabase, .serialized)
struct BulkUpsertBench {
    /// The two ways of writing the bars, each on a fresh schema, interleaved three times (median printed).
    @Test func copyAgainstUnnest() async throws {
        let f = try Fixtures()
        var samples: [String: [Duration]] = [:]
        for _ in 0..<3 {
            for method in ["copy", "unnest"] {
                try await withMigratedDatabase { db in
                    // Rounds: 0 inserts, 1 changes every row, 2 repeats 1 (the usual re-sync: nothing changed).
                    for (round, label) in ["first", "changed", "same"].enumerated() {
                        let bars = f.minuteBars(stocks: 20, minutes: 390, base: 70_000 + Int64(min(round, 1)) * 1_000)
                        let start = ContinuousClock.now
                        let rows = try await db.withTransaction { conn in
                            method == "copy"
                                ? try AccountWriter.writeMinuteBars(bars, on: conn) : try Self.unnest(bars, on: conn)
                        }
                        samples["\(method) \(label)", default: []].append(ContinuousClock.now - start)
                        #expect(rows == (label == "same" ? 0 : 7_800))
                    }
                }
            }
        }
        for (key, values) in samples.sorted(by: { $0.key < $1.key }) {
            print("bench \(key): median \(values.sorted()[values.count / 2]) of \(values)")
        }
    }

    /// A light cycle's write: one new minute for each of 20 stocks, in its own transaction.
    @Test func lightCycleSizedWrites() async throws {
        let f = try Fixtures()
        let day = f.minuteBars(stocks: 20, minutes: 390)
        try await withMigratedDatabase { db in
            var samples: [String: [Duration]] = [:]
            for minute in 0..<10 {
                let bars = day.enumerated().filter { $0.offset % 390 == minute }.map(\.element)
                let method = minute % 2 == 0 ? "copy" : "unnest"
                let start = ContinuousClock.now
                let rows = try await db.withTransaction { conn in
                    method == "copy"
                        ? try AccountWriter.writeMinuteBars(bars, on: conn) : try Self.unnest(bars, on: conn)
                }
                samples[method, default: []].append(ContinuousClock.now - start)
                #expect(rows == 20)
            }
            for (key, values) in samples.sorted(by: { $0.key < $1.key }) {
                print("bench light cycle, 20 bars, \(key): median \(values.sorted()[values.count / 2])")
            }
        }
    }

    /// The sync's whole write (`AccountWriter.write`: snapshot, orders, bars, journal) of a day's batch.
    @Test func wholeSyncWriteOfADay() async throws {
        let f = try Fixtures()
        try await withMigratedDatabase { db in
            var batch = f.batch()
            batch.minuteBars = f.minuteBars(stocks: 20, minutes: 390)
            for label in ["empty database", "same batch again"] {
                let start = ContinuousClock.now
                let result = try await AccountWriter(database: db).write(batch)
                print(
                    "bench whole write, \(label): \(result.rows["min_price"] ?? 0) bars in \(ContinuousClock.now - start)"
                )
            }
        }
    }

    /// The previous implementation: one `INSERT … SELECT FROM unnest(…)` per 5,000 rows, text array binds.
    static func unnest(_ bars: [MinuteBar], on conn: PGConnection) throws -> Int {
        var total = 0
        for chunk in bars.chunked(AccountWriter.chunkSize) {
            var insert = UnnestInsert(into: "min_price")
            insert.column("stock_code", "text", chunk.map(\.code))
            insert.column("minute", "timestamptz", chunk.map(\.minute))
            insert.column("open", "bigint", chunk.map(\.open))
            insert.column("high", "bigint", chunk.map(\.high))
            insert.column("low", "bigint", chunk.map(\.low))
            insert.column("close", "bigint", chunk.map(\.close))
            insert.column("volume", "bigint", chunk.map(\.volume))
            total += try conn.execute(
                insert.upsert(key: ["stock_code", "minute"], compare: ["open", "high", "low", "close", "volume"]))
        }
        return total
    }
}
