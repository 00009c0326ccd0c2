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
        var total = 0
        for chunk in bars.chunked(chunkSize) {
            var insert = UnnestInsert(into: "daily_price")
            insert.column("stock_code", "text", chunk.map(\.code))
            insert.column("trade_date", "date", chunk.map(\.date))
            insert.column("open", "bigint", chunk.map(\.open))
            insert.column("high", "bigint", chunk.map(\.high))
            insert.column("low", "bigint", chunk.map(\.low))
            insert.column("close", "bigint", chunk.map(\.close))
            insert.column("volume", "bigint", chunk.map(\.volume))
            insert.column("turnover", "bigint", chunk.map(\.turnover))
            insert.column("updated_at", "timestamptz", Array(repeating: fetchedAt, count: chunk.count))
            total += try conn.execute(
                insert.upsert(
                    key: ["stock_code", "trade_date"], compare: ["open", "high", "low", "close", "volume", "turnover"],
                    touch: ["updated_at"]))
        }
        return total
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

    /// Upserts minute bars on (stock_code, minute), in chunks of ``chunkSize`` rows per statement.
    static func writeMinuteBars(_ batch: SyncBatch, on conn: PGConnection) throws -> Int {
        try writeMinuteBars(batch.minuteBars, on: conn)
    }

    /// Upserts minute bars on (stock_code, minute).
    static func writeMinuteBars(_ minuteBars: [MinuteBar], on conn: PGConnection) throws -> Int {
        let bars = uniqued(minuteBars) { MinuteKey(code: $0.code, minute: $0.minute) }
        var total = 0
        for chunk in bars.chunked(chunkSize) {
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

private struct DayKey: Hashable {
    let code: StockCode
    let date: TradeDate
}

private struct MinuteKey: Hashable {
    let code: StockCode
    let minute: Date
}
