package import Foundation
package import LibPQ
package import PortfolioModel

/// The order journal: `trade_orders`, `trade_executions` and the append-only `trade_order_events`.
///
/// Written by the trading commands (events, accepted orders) and, for statuses and fills only, by the sync
/// (``reconcile(_:account:mode:at:on:)``, inside the sync's own transaction). Accounts are stored masked.
package struct TradeJournal: Sendable {
    let database: Database

    /// Creates a journal on a read-write database.
    package init(database: Database) {
        self.database = database
    }

    /// Appends one event.
    /// - Throws: ``StorageError``.
    package func append(_ event: TradeEvent, account: AccountNumber, mode: TradingMode) async throws {
        try await withContext("appending to trade_order_events") {
            try await database.withConnection { conn in
                try Self.insert(event, account: account, mode: mode, on: conn)
            }
        }
    }

    /// Records an order KIS accepted, with its `ACCEPTED` event, in one transaction.
    /// - Throws: ``StorageError``.
    package func recordAccepted(
        _ order: JournalOrder, event: TradeEvent, account: AccountNumber, mode: TradingMode
    ) async throws {
        try await withContext("recording an accepted order") {
            try await database.withTransaction { conn in
                try Self.lockJournal(account: account, mode: mode, on: conn)
                try conn.execute(
                    """
                    INSERT INTO trade_orders (account_no, is_paper, order_date, order_no, stock_code, stock_name,
                        order_type, market, order_qty, order_price, status, filled_qty, filled_amt, ordered_at, kind,
                        ord_dvsn, branch, original_order_no, request_id)
                    VALUES (\(account.masked), \(mode.isPaper), \(order.orderDate), \(order.orderNumber), \(order.code),
                        \(order.name), \(order.side), \(order.venue), \(order.quantity), \(order.price),
                        \(order.status.rawValue), \(order.filledQuantity), \(order.filledAmount), \(order.orderedAt),
                        \(order.kind.rawValue), \(order.orderType.rawValue), \(order.branch), \(order.originalOrderNumber),
                        \(order.requestID))
                    ON CONFLICT (account_no, is_paper, order_date, order_no) DO NOTHING
                    """)
                try Self.insert(event, account: account, mode: mode, on: conn)
                try Self.applyStoredFills(order, account: account, mode: mode, at: event.recordedAt, on: conn)
            }
        }
    }

    /// Serialises the journal writers of one account (the trading command and the feed), so a fill notice and
    /// its order's row can never both miss each other: whichever transaction commits second sees the other.
    static func lockJournal(account: AccountNumber, mode: TradingMode, on conn: PGConnection) throws {
        try conn.execute(
            "SELECT pg_advisory_xact_lock(hashtext('trade-journal:' || \(account.masked) || ':' || \(mode.rawValue)))")
    }

    /// Fills the feed stored before the order's row existed (a notice can beat the order's own reply) are
    /// applied when the row is written, so the journal never waits for the next sync to see them.
    static func applyStoredFills(
        _ order: JournalOrder, account: AccountNumber, mode: TradingMode, at: Date, on conn: PGConnection
    ) throws {
        try conn.execute(
            """
            WITH f AS (
                SELECT quantity, price, (notice_date + notice_time) AT TIME ZONE 'Asia/Seoul' AS executed_at
                FROM feed_notice
                WHERE account_no = \(account.masked) AND is_paper = \(mode.isPaper) AND notice_date = \(order.orderDate)
                    AND order_no = \(order.orderNumber) AND kind = 'fill'
            ), s AS (
                SELECT sum(quantity) AS q, sum(quantity * price) AS a FROM f
            ), u AS (
                UPDATE trade_orders t SET filled_qty = s.q, filled_amt = s.a,
                    avg_filled_price = round(s.a::numeric / s.q, 4),
                    status = CASE WHEN s.q >= t.order_qty THEN 'FILLED' ELSE 'PARTIALLY_FILLED' END, updated_at = \(at)
                FROM s
                WHERE t.account_no = \(account.masked) AND t.is_paper = \(mode.isPaper) AND t.order_date = \(order.orderDate)
                    AND t.order_no = \(order.orderNumber) AND t.kind = 'NEW' AND t.filled_qty = 0 AND s.q > 0
                    AND s.q <= t.order_qty
                RETURNING t.id, t.status
            ), e AS (
                INSERT INTO trade_executions (trade_order_id, order_no, stock_code, exec_qty, exec_price, exec_amount,
                    executed_at)
                SELECT u.id, \(order.orderNumber), \(order.code), f.quantity, f.price, f.quantity * f.price, f.executed_at
                FROM u, f
                ON CONFLICT DO NOTHING RETURNING 1
            )
            INSERT INTO trade_order_events (account_no, is_paper, request_id, order_no, event, detail, recorded_at)
            SELECT \(account.masked), \(mode.isPaper), \(order.requestID), \(order.orderNumber), 'STATUS',
                jsonb_build_object('from', 'PENDING', 'to', u.status, 'source', 'feed'), \(at)
            FROM u
            """)
    }

    /// The events of the account since `since`, oldest first.
    /// - Throws: ``StorageError``.
    package func events(account: AccountNumber, mode: TradingMode, since: Date) async throws -> [TradeEvent] {
        try await withContext("reading trade_order_events") {
            let rows = try await database.withConnection { conn in
                try conn.query(
                    """
                    SELECT request_id, order_no, event, detail::text, recorded_at FROM trade_order_events
                    WHERE account_no = \(account.masked) AND is_paper = \(mode.isPaper) AND recorded_at >= \(since)
                    ORDER BY id
                    """, as: (String, String?, String, String, Date).self)
            }
            return try rows.map { row in
                guard let kind = TradeEvent.Kind(rawValue: row.2),
                    let detail = try? JSONDecoder().decode([String: String].self, from: Data(row.3.utf8))
                else { throw StorageError(code: .corruptRow, message: "trade_order_events has an unreadable row") }
                return TradeEvent(
                    requestID: row.0, orderNumber: row.1, kind: kind, detail: detail, recordedAt: row.4)
            }
        }
    }

    static func insert(_ event: TradeEvent, account: AccountNumber, mode: TradingMode, on conn: PGConnection) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let detail = String(decoding: (try? encoder.encode(event.detail)) ?? Data("{}".utf8), as: UTF8.self)
        try conn.execute(
            """
            INSERT INTO trade_order_events (account_no, is_paper, request_id, order_no, event, detail, recorded_at)
            VALUES (\(account.masked), \(mode.isPaper), \(event.requestID), \(event.orderNumber), \(event.kind.rawValue),
                \(detail)::jsonb, \(event.recordedAt))
            """)
    }
}
