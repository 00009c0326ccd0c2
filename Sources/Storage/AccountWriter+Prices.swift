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
    /// Then merges the bars into the packed days (`min_price_day`, ``mergePackedDays(_:on:)``) if any row changed:
    /// two steps of `steps`, so the one path every writer takes keeps the two tables equal.
    static func writeMinuteBars(_ minuteBars: [MinuteBar], on conn: PGConnection, steps: inout Steps) throws -> Int {
        let bars = uniqued(minuteBars) { MinuteKey(code: $0.code, minute: $0.minute) }
        let changed = try steps.run("min_price") {
            var rows = PGBinaryCopy<StockCode, Date, KRW, KRW, KRW, KRW, Int64>(reservingBytes: bars.count * 90)
            for bar in bars { rows.append(bar.code, bar.minute, bar.open, bar.high, bar.low, bar.close, bar.volume) }
            let prices = ["open", "high", "low", "close", "volume"]
            return try CopyUpsert(into: "min_price", columns: ["stock_code", "minute"] + prices).run(
                rows, ConflictUpdate(key: ["stock_code", "minute"], compare: prices), on: conn)
        }
        if changed > 0 { try steps.run("min_price_day") { try mergePackedDays(bars, on: conn) } }
        return changed
    }

    /// ``writeMinuteBars(_:on:steps:)`` without the step timings (the light sync's write).
    static func writeMinuteBars(_ minuteBars: [MinuteBar], on conn: PGConnection) throws -> Int {
        var steps = Steps()
        return try writeMinuteBars(minuteBars, on: conn, steps: &steps)
    }

    /// Merges `bars` (already in `min_price`) into the packed days the dashboard reads (`min_price_day`), in the
    /// caller's transaction: each (stock, KST day) it touches is read, merged (``PackedMinuteBars``) and written
    /// back whole.
    ///
    /// An advisory lock serialises this read-merge-write between writers (a paper and a real account's syncs may
    /// hold the same stock): without it, two could read the same value and the second would drop the first's bars.
    /// Measured (bench/README.md, release): 6-10 ms for a day's 7,800 bars of 20 stocks, against 24 ms for
    /// rebuilding the values from `min_price` in SQL (`string_agg`) and 23 ms for a staging table (which compressed
    /// them).
    private static func mergePackedDays(_ bars: [MinuteBar], on conn: PGConnection) throws {
        try conn.execute("SELECT pg_advisory_xact_lock(\(Migrator.lockKey + 2))")
        let touched = Dictionary(grouping: bars) { DayKey(code: $0.code, date: TradeDate($0.minute)) }
            .sorted { ($0.key.code, $0.key.date) < ($1.key.code, $1.key.date) }
        let (codes, days) = (touched.map(\.key.code), touched.map(\.key.date))
        let stored = try conn.queryBinary(
            """
            SELECT stock_code, trade_date, bars
            FROM min_price_day JOIN unnest(\(codes)::text[], \(days)::date[]) AS touched(code, day)
                ON stock_code = touched.code AND trade_date = touched.day
            FOR UPDATE OF min_price_day
            """, as: (StockCode, TradeDate, PackedMinuteBars).self)
        let packed = Dictionary(stored.map { (DayKey(code: $0.0, date: $0.1), $0.2) }, uniquingKeysWith: { a, _ in a })
        var rows = PGBinaryCopy<StockCode, TradeDate, PackedMinuteBars>(reservingBytes: bars.count * 50)
        for (key, new) in touched {
            rows.append(key.code, key.date, PackedMinuteBars(merging: new, into: packed[key]))
        }
        try conn.execute(
            """
            DELETE FROM min_price_day USING unnest(\(codes)::text[], \(days)::date[]) AS touched(code, day)
            WHERE stock_code = touched.code AND trade_date = touched.day
            """)
        _ = try conn.copyIn("COPY min_price_day (stock_code, trade_date, bars) FROM STDIN (FORMAT binary)", rows: rows)
    }
}

private struct DayKey: Hashable {
    let code: StockCode
    let date: TradeDate
}

private struct MinuteKey: Hashable {
    let code: StockCode
    let minute: Date
}
