import Foundation
import LibPQ
import PortfolioModel

extension TradeJournal {
    /// Brings the journal's orders in line with what KIS reports (the sync calls this in its transaction).
    ///
    /// For every journaled new order among `orders` whose status or filled quantity changed: the row is updated,
    /// the filled increase becomes one `trade_executions` row (quantity, amount, and their average price), and a
    /// `STATUS` event records the change. KIS's daily inquiry aggregates fills per order, so one reconciliation
    /// sees one fill per order and sync; the live feed will record individual fills.
    /// - Returns: The number of journal orders that changed.
    static func reconcile(
        _ orders: [DailyOrder], account: AccountNumber, mode: TradingMode, at now: Date, on conn: PGConnection
    ) throws -> Int {
        let relevant = orders
        guard !relevant.isEmpty else { return 0 }
        let statuses = relevant.map { OrderStatus(reportedBy: $0).rawValue }
        let cancelled = relevant.map { max(0, $0.orderQuantity - $0.filledQuantity - $0.remainingQuantity) }
        let masked = account.masked
        let changed = try conn.query(
            """
            WITH fresh AS (
                SELECT * FROM unnest(\(relevant.map(\.orderDate))::date[], \(relevant.map(\.orderNumber))::text[],
                    \(statuses)::text[], \(relevant.map(\.filledQuantity))::bigint[],
                    \(relevant.map(\.filledAmount))::bigint[], \(cancelled)::bigint[])
                    AS f(order_date, order_no, status, filled_qty, filled_amt, cancelled_qty)
            ), old AS (
                SELECT t.id, t.request_id, t.order_no, t.stock_code, t.status AS old_status,
                    t.filled_qty AS old_qty, t.filled_amt AS old_amt, f.status, f.filled_qty, f.filled_amt,
                    least(f.cancelled_qty, t.order_qty - f.filled_qty) AS cancelled_qty
                FROM trade_orders t JOIN fresh f ON t.order_date = f.order_date AND t.order_no = f.order_no
                WHERE t.account_no = \(masked) AND t.is_paper = \(mode.isPaper) AND t.kind = 'NEW'
                    AND f.filled_qty <= t.order_qty
                    AND (t.status, t.filled_qty, t.filled_amt) IS DISTINCT FROM (f.status, f.filled_qty, f.filled_amt)
            ), updated AS (
                UPDATE trade_orders t SET status = o.status, filled_qty = o.filled_qty, filled_amt = o.filled_amt,
                    avg_filled_price = CASE WHEN o.filled_qty > 0 THEN round(o.filled_amt::numeric / o.filled_qty, 4) END,
                    cancelled_qty = greatest(o.cancelled_qty, 0), updated_at = \(now)
                FROM old o WHERE t.id = o.id RETURNING t.id
            ), fills AS (
                INSERT INTO trade_executions (trade_order_id, order_no, stock_code, exec_qty, exec_price, exec_amount,
                    executed_at)
                SELECT id, order_no, stock_code, filled_qty - old_qty, (filled_amt - old_amt) / (filled_qty - old_qty),
                    filled_amt - old_amt, \(now)
                FROM old WHERE filled_qty > old_qty AND filled_amt >= old_amt
                ON CONFLICT DO NOTHING RETURNING 1
            ), events AS (
                INSERT INTO trade_order_events (account_no, is_paper, request_id, order_no, event, detail, recorded_at)
                SELECT \(masked), \(mode.isPaper), coalesce(request_id, ''), order_no, 'STATUS',
                    jsonb_build_object('from', old_status, 'to', status, 'filled_qty', filled_qty::text,
                        'filled_amt', filled_amt::text), \(now)
                FROM old RETURNING 1
            )
            SELECT count(*)::bigint FROM updated
            """, as: Int64.self)
        return Int(changed.first ?? 0)
    }
}
