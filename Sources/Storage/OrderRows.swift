import Foundation
import LibPQ
import PortfolioModel

/// Reads `kis_order_detail` and `kis_execution` back into model values.
enum OrderRows {
    static func orders(account: AccountNumber, isPaper: Bool, on date: TradeDate, conn: PGConnection) throws
        -> [DailyOrder]
    {
        try conn.query(
            """
            SELECT ord_dt, odno, orgn_odno, branch, stock_code, stock_name, side, ord_dvsn_cd, ord_qty, ord_unpr,
                   ord_tmd, filled_qty, avg_fill_price, filled_amt, cancelled, remaining_qty, rejected_qty, venue
            FROM kis_order_detail WHERE account_no = \(account) AND is_paper = \(isPaper) AND ord_dt = \(date)
            ORDER BY ord_tmd, odno
            """,
            as: (
                TradeDate, String, String, String, StockCode, String, Side, String, Int64, KRW, KSTTime, Int64, KRW,
                KRW, Bool, Int64, Int64, Venue
            ).self
        ).map { o in
            DailyOrder(
                orderDate: o.0, orderNumber: o.1, originalOrderNumber: o.2, branch: o.3, code: o.4, name: o.5,
                side: o.6, orderType: o.7, orderQuantity: o.8, orderPrice: o.9, orderTime: o.10, filledQuantity: o.11,
                averageFillPrice: o.12, filledAmount: o.13, isCancelled: o.14, remainingQuantity: o.15,
                rejectedQuantity: o.16, venue: o.17)
        }
    }

    /// Executions joined with their order row (which the writer always stores first), by execution time.
    static func executions(account: AccountNumber, isPaper: Bool, on date: TradeDate, conn: PGConnection) throws
        -> [Execution]
    {
        try conn.query(
            """
            SELECT e.exec_dt, e.odno, o.orgn_odno, o.branch, e.stock_code, e.stock_name, e.exec_type, o.ord_dvsn_cd,
                   o.ord_qty, o.ord_unpr, e.exec_tmd, e.exec_qty, e.exec_price, e.exec_amt, o.cancelled,
                   o.remaining_qty, o.rejected_qty, e.venue, e.commission, e.tax
            FROM kis_execution e
            JOIN kis_order_detail o
              ON o.account_no = e.account_no AND o.is_paper = e.is_paper AND o.ord_dt = e.exec_dt AND o.odno = e.odno
            WHERE e.account_no = \(account) AND e.is_paper = \(isPaper) AND e.exec_dt = \(date)
            ORDER BY e.exec_tmd, e.odno
            """,
            as: (
                TradeDate, String, String, String, StockCode, String, Side, String, Int64, KRW, KSTTime, Int64, KRW,
                KRW, Bool, Int64, Int64, Venue, KRW, KRW
            ).self
        ).map { e in
            let order = DailyOrder(
                orderDate: e.0, orderNumber: e.1, originalOrderNumber: e.2, branch: e.3, code: e.4, name: e.5,
                side: e.6, orderType: e.7, orderQuantity: e.8, orderPrice: e.9, orderTime: e.10, filledQuantity: e.11,
                averageFillPrice: e.12, filledAmount: e.13, isCancelled: e.14, remainingQuantity: e.15,
                rejectedQuantity: e.16, venue: e.17)
            return Execution(order: order, commission: e.18, tax: e.19)
        }
    }
}
