import Foundation
import LibPQ
import PortfolioModel

extension AccountWriter {
    /// Upserts daily bars on (stock_code, trade_date).
    static func writeDailyBars(_ batch: SyncBatch, on conn: PGConnection) throws -> Int {
        try writeDailyBars(batch.dailyBars, fetchedAt: batch.fetchedAt, on: conn)
    }

    /// Upserts daily bars on (stock_code, trade_date), stamping `updated_at` with `fetchedAt`.
    static func writeDailyBars(_ dailyBars: [DailyBar], fetchedAt: Date, on conn: PGConnection) throws -> Int {
        let bars = uniqued(dailyBars) { DayKey(code: $0.code, date: $0.date) }
        return try upsertChunked(
            bars, into: "daily_price", key: ["stock_code", "trade_date"],
            compare: ["open", "high", "low", "close", "volume", "turnover"], stamp: fetchedAt, on: conn
        ) { insert, chunk in
            insert.column("stock_code", "text", chunk.map(\.code))
            insert.column("trade_date", "date", chunk.map(\.date))
            insert.column("open", "bigint", chunk.map(\.open))
            insert.column("high", "bigint", chunk.map(\.high))
            insert.column("low", "bigint", chunk.map(\.low))
            insert.column("close", "bigint", chunk.map(\.close))
            insert.column("volume", "bigint", chunk.map(\.volume))
            insert.column("turnover", "bigint", chunk.map(\.turnover))
        }
    }

    /// Records how far each stock's daily bars are complete; coverage only ever moves forward.
    static func writeCoverage(_ batch: SyncBatch, on conn: PGConnection) throws -> Int {
        guard !batch.dailyCoverage.isEmpty else { return 0 }
        let entries = batch.dailyCoverage.sorted { $0.key < $1.key }
        var insert = UnnestInsert(into: "daily_price_coverage")
        insert.column("stock_code", "text", entries.map(\.key))
        insert.column("covered_through", "date", entries.map(\.value))
        insert.column("fetched_at", "timestamptz", Array(repeating: batch.fetchedAt, count: entries.count))
        return try conn.execute(
            insert.upsert(
                key: ["stock_code"], compare: ["covered_through"], touch: ["fetched_at"],
                condition: "daily_price_coverage.covered_through < EXCLUDED.covered_through"))
    }

    /// Upserts minute bars on (stock_code, minute) through a binary COPY into a staging table (``CopyUpsert``).
    ///
    /// Measured with `KISDASH_BENCH=1 swift test --filter BulkUpsertBench` (debug build, 2-core machine shared
    /// with other builds, load average 8-12), 7,800 bars (20 stocks × 390 minutes) in one transaction, medians of
    /// three interleaved runs, COPY vs the previous ``UnnestInsert`` (seven text array binds, two statements):
    /// - first write (all inserts): 34 ms vs 84 ms
    /// - every row changed: 48 ms vs 94 ms
    /// - nothing changed (the usual re-sync): 29 ms vs 77 ms
    /// - a light cycle's 20 bars: 1.1 ms vs 0.9 ms (three round trips instead of one; not worth a second path).
    /// The difference is the text: no timestamp or number is formatted here or parsed by the server. Release
    /// figures of the whole sync write are in `bench/README.md`.
    ///
    /// Then merges the bars into the packed half hours (`min_price_packed`, ``mergePackedBars(_:on:)``) if any row
    /// changed: two steps of `steps`, so the one path every writer takes keeps the two tables equal.
    static func writeMinuteBars(_ minuteBars: [MinuteBar], on conn: PGConnection, steps: inout Steps) throws -> Int {
        let bars = uniqued(minuteBars) { MinuteKey(code: $0.code, minute: $0.minute) }
        let changed = try steps.run("min_price") {
            var rows = PGBinaryCopy<StockCode, Date, KRW, KRW, KRW, KRW, Int64>(reservingBytes: bars.count * 90)
            for bar in bars { rows.append(bar.code, bar.minute, bar.open, bar.high, bar.low, bar.close, bar.volume) }
            let prices = ["open", "high", "low", "close", "volume"]
            return try CopyUpsert(into: "min_price", columns: ["stock_code", "minute"] + prices).run(
                rows, ConflictUpdate(key: ["stock_code", "minute"], compare: prices), on: conn)
        }
        if changed > 0 { try steps.run("min_price_packed") { try mergePackedBars(bars, on: conn) } }
        return changed
    }

    /// ``writeMinuteBars(_:on:steps:)`` without the step timings (the light sync's write).
    static func writeMinuteBars(_ minuteBars: [MinuteBar], on conn: PGConnection) throws -> Int {
        var steps = Steps()
        return try writeMinuteBars(minuteBars, on: conn, steps: &steps)
    }

    /// Merges `bars` (already in `min_price`) into the packed half hours the dashboard reads (`min_price_packed`),
    /// in the caller's transaction: each (stock, half hour) it touches is read, merged (``PackedMinuteBars``) and
    /// written back whole — a light cycle's new minute rewrites one half hour per stock, not its day.
    ///
    /// An advisory lock serialises this read-merge-write between writers (a paper and a real account's syncs may
    /// hold the same stock): without it, two could read the same value and the second would drop the first's bars.
    /// Measured (bench/README.md, release): 4-9 ms for a day's 7,800 bars of 20 stocks, against 24 ms for
    /// rebuilding the values from `min_price` in SQL (`string_agg`).
    private static func mergePackedBars(_ bars: [MinuteBar], on conn: PGConnection) throws {
        try conn.execute("SELECT pg_advisory_xact_lock(\(Migrator.lockKey + 2))")
        let touched = Dictionary(grouping: bars) { SlotKey(code: $0.code, slot: PackedMinuteBars.slot(of: $0.minute)) }
            .sorted { ($0.key.code, $0.key.slot) < ($1.key.code, $1.key.slot) }
        let codes = touched.map(\.key.code)
        let slots = touched.map { Date(pgMicrosecondsSince2000: $0.key.slot) }
        let stored = try conn.queryBinary(
            """
            SELECT stock_code, slot, bars
            FROM min_price_packed JOIN unnest(\(codes)::text[], \(slots)::timestamptz[]) AS touched(code, at)
                ON stock_code = touched.code AND slot = touched.at
            """, as: (StockCode, Date, PackedMinuteBars).self)
        let packed = Dictionary(
            stored.map { (SlotKey(code: $0.0, slot: $0.1.pgMicrosecondsSince2000), $0.2) },
            uniquingKeysWith: { a, _ in a })
        var rows = PGBinaryCopy<StockCode, Date, PackedMinuteBars>(reservingBytes: bars.count * 50)
        for ((key, new), slot) in zip(touched, slots) {
            rows.append(key.code, slot, try PackedMinuteBars(merging: new, into: packed[key]))
        }
        try conn.execute(
            """
            DELETE FROM min_price_packed USING unnest(\(codes)::text[], \(slots)::timestamptz[]) AS touched(code, at)
            WHERE stock_code = touched.code AND slot = touched.at
            """)
        _ = try conn.copyIn("COPY min_price_packed (stock_code, slot, bars) FROM STDIN (FORMAT binary)", rows: rows)
    }
}

/// A stock's half hour of minute bars (``PackedMinuteBars/slot(of:)``).
private struct SlotKey: Hashable {
    let code: StockCode
    let slot: Int64
}

private struct DayKey: Hashable {
    let code: StockCode
    let date: TradeDate
}

private struct MinuteKey: Hashable {
    let code: StockCode
    let minute: Date
}
