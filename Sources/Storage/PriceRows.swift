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
        let bars = try conn.queryBinary(
            """
            SELECT stock_code, trade_date, open, high, low, close, volume, turnover FROM daily_price
            WHERE stock_code = ANY(\(codes)::text[]) AND trade_date BETWEEN \(from) AND \(through)
            """, as: (StockCode, TradeDate, KRW, KRW, KRW, KRW, Int64, KRW).self
        ).map {
            DailyBar(
                code: $0.0, date: $0.1, open: $0.2, high: $0.3, low: $0.4, close: $0.5, volume: $0.6, turnover: $0.7)
        }
        return Dictionary(grouping: bars, by: \.code).mapValues { $0.sorted { $0.date < $1.date } }
    }

    static func minuteBars(for codes: [StockCode], on date: TradeDate, conn: PGConnection) throws -> [StockCode:
        [MinuteBar]]
    {
        let (from, until) = (date.at(KSTTime(secondOfDay: 0)), date.adding(days: 1).at(KSTTime(secondOfDay: 0)))
        let bars = try conn.queryBinary(
            """
            SELECT stock_code, minute, open, high, low, close, volume FROM min_price
            WHERE stock_code = ANY(\(codes)::text[]) AND minute >= \(from) AND minute < \(until)
            """, as: (StockCode, Date, KRW, KRW, KRW, KRW, Int64).self
        ).map { MinuteBar(code: $0.0, minute: $0.1, open: $0.2, high: $0.3, low: $0.4, close: $0.5, volume: $0.6) }
        return Dictionary(grouping: bars, by: \.code).mapValues { $0.sorted { $0.minute < $1.minute } }
    }
}
