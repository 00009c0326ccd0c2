package import Foundation
package import LibPQ
package import PortfolioModel

/// The feed's writer: `feed_notice` rows, the journal statuses the notices imply, and `feed_status`.
///
/// A notice is stored once (its natural key makes a duplicate a no-op). A new fill notice of an order this tool
/// placed also moves that order's journal row: its filled quantity and amount grow by the fill, a
/// `trade_executions` row records it, and its status follows. A fill is applied to the journal only when it
/// raises the filled quantity, so the sync's reconciliation (which adds what the feed missed) and the feed never
/// count one fill twice. The `kis_*` tables stay the sync's.
package struct FeedStore: Sendable {
    let database: Database

    /// Creates a store on a read-write database.
    package init(database: Database) {
        self.database = database
    }

    /// Stores `notices` received on `day`, in one transaction.
    /// - Returns: How many were new (not seen before).
    /// - Throws: ``StorageError``.
    package func record(
        _ notices: [ExecutionNotice], day: TradeDate, account: AccountNumber, mode: TradingMode, receivedAt: Date
    ) async throws -> Int {
        guard !notices.isEmpty else { return 0 }
        return try await withContext("storing feed notices") {
            try await database.withTransaction { conn in
                try TradeJournal.lockJournal(account: account, mode: mode, on: conn)
                var fresh = 0
                for n in notices {
                    let inserted = try conn.execute(
                        """
                        INSERT INTO feed_notice (account_no, is_paper, notice_date, order_no, original_no, kind, side,
                            stock_code, stock_name, quantity, price, notice_time, venue, received_at)
                        VALUES (\(account.masked), \(mode.isPaper), \(day), \(n.orderNumber), \(n.originalOrderNumber ?? ""),
                            \(n.kind.rawValue), \(n.side), \(n.code), \(n.name), \(n.quantity), \(n.price), \(n.time),
                            \(n.venue), \(receivedAt))
                        ON CONFLICT ON CONSTRAINT feed_notice_key DO NOTHING
                        """)
                    fresh += inserted
                    if inserted == 1 && n.kind == .fill {
                        try Self.applyFill(n, day: day, account: account, mode: mode, at: receivedAt, on: conn)
                    }
                }
                return fresh
            }
        }
    }

    static func applyFill(
        _ n: ExecutionNotice, day: TradeDate, account: AccountNumber, mode: TradingMode, at: Date, on conn: PGConnection
    ) throws {
        let amount = n.quantity * n.price.won
        let executedAt = day.at(n.time)
        try conn.execute(
            """
            WITH target AS (
                SELECT id, request_id, status AS old_status, order_qty, filled_qty + \(n.quantity) AS qty,
                    filled_amt + \(amount) AS amt
                FROM trade_orders
                WHERE account_no = \(account.masked) AND is_paper = \(mode.isPaper) AND order_date = \(day)
                    AND order_no = \(n.orderNumber) AND kind = 'NEW' AND filled_qty + \(n.quantity) <= order_qty
                FOR UPDATE
            ), updated AS (
                UPDATE trade_orders t SET filled_qty = g.qty, filled_amt = g.amt,
                    avg_filled_price = round(g.amt::numeric / g.qty, 4),
                    status = CASE WHEN g.qty >= g.order_qty THEN 'FILLED' ELSE 'PARTIALLY_FILLED' END, updated_at = \(at)
                FROM target g WHERE t.id = g.id RETURNING t.id, t.status
            ), fill AS (
                INSERT INTO trade_executions (trade_order_id, order_no, stock_code, exec_qty, exec_price, exec_amount,
                    executed_at)
                SELECT id, \(n.orderNumber), \(n.code), \(n.quantity), \(n.price), \(amount), \(executedAt) FROM updated
                ON CONFLICT DO NOTHING RETURNING 1
            )
            INSERT INTO trade_order_events (account_no, is_paper, request_id, order_no, event, detail, recorded_at)
            SELECT \(account.masked), \(mode.isPaper), coalesce(g.request_id, ''), \(n.orderNumber), 'STATUS',
                jsonb_build_object('from', g.old_status, 'to', u.status, 'source', 'feed',
                    'fill_qty', \(String(n.quantity))::text, 'fill_price', \(String(n.price.won))::text), \(at)
            FROM target g JOIN updated u ON u.id = g.id
            """)
    }
}
