package import Foundation
import LibPQ
package import PortfolioModel

extension TradeJournal {
    /// The journal's orders of `date`, newest first.
    /// - Throws: ``StorageError``.
    package func orders(account: AccountNumber, mode: TradingMode, on date: TradeDate) async throws -> [JournalOrder] {
        try await withContext("reading trade_orders") {
            let rows = try await database.withConnection { conn in
                try conn.query(
                    """
                    SELECT coalesce(request_id, ''), kind, order_date, order_no, branch, original_order_no, stock_code,
                        stock_name, order_type, market, ord_dvsn, order_qty, order_price, status, filled_qty,
                        filled_amt, ordered_at
                    FROM trade_orders WHERE account_no = \(account.masked) AND is_paper = \(mode.isPaper)
                        AND order_date = \(date)
                    ORDER BY ordered_at DESC, order_no DESC
                    """,
                    as: (
                        String, String, TradeDate, String, String, String?, StockCode, String, Side, Venue, String,
                        Int64, KRW, String, Int64, KRW, Date
                    ).self)
            }
            return try rows.map { r in
                guard let kind = JournalOrder.Kind(rawValue: r.1), let type = OrderType(rawValue: r.10),
                    let status = OrderStatus(rawValue: r.13)
                else { throw StorageError(code: .corruptRow, message: "trade_orders \(r.3) has an unknown value") }
                return JournalOrder(
                    requestID: r.0, kind: kind, orderDate: r.2, orderNumber: r.3, branch: r.4, originalOrderNumber: r.5,
                    code: r.6, name: r.7, side: r.8, venue: r.9, orderType: type, quantity: r.11, price: r.12,
                    status: status, filledQuantity: r.14, filledAmount: r.15, orderedAt: r.16)
            }
        }
    }
}
