import Foundation
import LibPQ
import PortfolioModel

/// Reads the dashboard's bars, grouped by stock, one statement per kind for all the stocks, in binary format:
/// daily bars from `daily_price`, minute bars from `min_price_packed` (each stock's half hours packed).
///
/// The server does not sort daily bars: with `stock_code = ANY(…)` PostgreSQL 15 cannot return the primary key's
/// order, and sorting in the server cost more than the scan. Each stock's bars are sorted here instead, which is
/// linear: the bitmap scan returns them in the order they were written, oldest first.
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

    /// Each stock's minute bars of the day from its packed half hours (``PackedMinuteBars``, `min_price_packed`,
    /// which every write to `min_price` merges its bars into): 1,300 rows of 1.4 KB at 100 holdings instead of
    /// 39,000 rows, or 100 rows of six arrays that the server had to aggregate (17 ms) and send element by element.
    static func minuteBars(for codes: [StockCode], on date: TradeDate, conn: PGConnection) throws -> [StockCode:
        [MinuteBar]]
    {
        let (from, until) = (date.at(KSTTime(secondOfDay: 0)), date.adding(days: 1).at(KSTTime(secondOfDay: 0)))
        let rows = try conn.queryBinary(
            """
            SELECT stock_code, slot, bars FROM min_price_packed
            WHERE stock_code = ANY(\(codes)::text[]) AND slot >= \(from) AND slot < \(until)
            """, as: (String, Date, PackedMinuteBars).self)
        let slots = try grouped(rows, codes: codes, code: \.0, order: \.slot) { _, row in
            (slot: row.1.pgMicrosecondsSince2000, packed: row.2)
        }
        var bars: [StockCode: [MinuteBar]] = [:]
        for (code, slots) in slots {
            var day: [MinuteBar] = []
            day.reserveCapacity(slots.reduce(0) { $0 + $1.packed.count })
            for (slot, packed) in slots {
                guard try packed.appendMinuteBars(of: code, slot: slot, to: &day) else {
                    throw StorageError(
                        code: .corruptRow, message: "packed minute bars of \(code) outside their half hour")
                }
            }
            bars[code] = day
        }
        return bars
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
