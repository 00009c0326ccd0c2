import Foundation
import LibPQ
import PortfolioModel

/// Reads `daily_price` and `min_price` back into bars, grouped by stock: one statement per table for all the
/// stocks, in binary format (39,000 minute bars at 100 holdings: no timestamp text formatted by the server or
/// parsed here).
///
/// The server does not sort: with `stock_code = ANY(…)` PostgreSQL 15 cannot return the primary key's order,
/// and sorting 39,000 rows took it 5 ms in memory and 13 ms once they outgrew `work_mem` (spilled to disk),
/// against 7 ms for the unsorted scan. Each stock's bars are sorted here instead, which is linear: the bitmap
/// scan returns them in the order they were written, oldest first.
enum PriceRows {
    static func dailyBars(
        for codes: [StockCode], from: TradeDate, through: TradeDate, on conn: PGConnection
    ) throws -> [StockCode: [DailyBar]] {
        let rows = try conn.queryBinary(
            """
            SELECT stock_code, trade_date, open, high, low, close, volume, turnover FROM daily_price
            WHERE stock_code = ANY(\(codes)::text[]) AND trade_date BETWEEN \(from) AND \(through)
            """, as: (String, TradeDate, KRW, KRW, KRW, KRW, Int64, KRW).self)
        return try grouped(rows, codes: codes, code: \.0, order: \.date) { code, r in
            DailyBar(code: code, date: r.1, open: r.2, high: r.3, low: r.4, close: r.5, volume: r.6, turnover: r.7)
        }
    }

    /// Each stock's minute bars as one row of arrays built by the server (`array_agg`).
    ///
    /// 100 rows of 390-element arrays instead of 39,000 rows of 7 cells, so the per-row work (libpq's parsing,
    /// a cell call per value) is gone and each array is read in one loop.
    ///
    /// One aggregate per stock (`LATERAL`), each over its own primary-key range, rather than one `GROUP BY` over
    /// all of them: the grouping's plan depended on the table's statistics, and before `ANALYZE` had run (right
    /// after a day's first sync) PostgreSQL sorted the 39,000 rows for a `GroupAggregate` and spilled them to disk
    /// (50 ms against 18 ms). The per-stock form has one plan whatever the statistics say (bench/README.md).
    static func minuteBars(for codes: [StockCode], on date: TradeDate, conn: PGConnection) throws -> [StockCode:
        [MinuteBar]]
    {
        let (from, until) = (date.at(KSTTime(secondOfDay: 0)), date.adding(days: 1).at(KSTTime(secondOfDay: 0)))
        let rows = try conn.queryBinary(
            """
            SELECT asked.code, bars.*
            FROM (SELECT DISTINCT unnest(\(codes)::text[])) AS asked(code),
                 LATERAL (SELECT array_agg(minute) AS minutes, array_agg(open), array_agg(high), array_agg(low),
                                 array_agg(close), array_agg(volume)
                          FROM min_price WHERE stock_code = asked.code AND minute >= \(from) AND minute < \(until)
                         ) AS bars
            WHERE bars.minutes IS NOT NULL
            """, as: (String, [Date], [KRW], [KRW], [KRW], [KRW], [Int64]).self)
        let known = stocks(codes)
        var groups: [StockCode: [MinuteBar]] = [:]
        for r in rows {
            let count = r.1.count
            guard let code = known[r.0],
                [r.2.count, r.3.count, r.4.count, r.5.count, r.6.count].allSatisfy({ $0 == count })
            else {
                throw StorageError(code: .corruptRow, message: "minute bars of an unknown stock or of uneven arrays")
            }
            let bars = (0..<count).map {
                MinuteBar(
                    code: code, minute: r.1[$0], open: r.2[$0], high: r.3[$0], low: r.4[$0], close: r.5[$0],
                    volume: r.6[$0])
            }
            groups[code] = ordered(bars, by: \.minute)
        }
        return groups
    }

    /// Groups rows by stock in one pass and puts each stock's bars in `order`.
    ///
    /// A row's code text is looked up among the codes asked for, so it is validated once per stock, not once
    /// per row.
    /// - Throws: ``StorageError`` `.corruptRow` for a code that was not asked for.
    private static func grouped<Row, Bar, Key: Comparable>(
        _ rows: [Row], codes: [StockCode], code: (Row) -> String, order: (Bar) -> Key, bar: (StockCode, Row) -> Bar
    ) throws -> [StockCode: [Bar]] {
        let known = stocks(codes)
        var groups: [StockCode: [Bar]] = [:]
        for row in rows {
            guard let stock = known[code(row)] else {
                throw StorageError(code: .corruptRow, message: "a bar of a stock that was not asked for")
            }
            groups[stock, default: []].append(bar(stock, row))
        }
        return groups.mapValues { ordered($0, by: order) }
    }

    /// The codes asked for, by their text.
    private static func stocks(_ codes: [StockCode]) -> [String: StockCode] {
        Dictionary(codes.map { ($0.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// `bars` in `order`: a linear check when they came in order (the order they were written, oldest first).
    private static func ordered<Bar, Key: Comparable>(_ bars: [Bar], by order: (Bar) -> Key) -> [Bar] {
        zip(bars, bars.dropFirst()).allSatisfy { order($0) <= order($1) } ? bars : bars.sorted { order($0) < order($1) }
    }
}
