import Foundation
import LibPQ
import PortfolioModel

extension AccountWriter {
    /// Upserts every order of the batch, plus the order behind each execution (kis_execution references it).
    static func writeOrders(_ batch: SyncBatch, on conn: PGConnection) throws -> Int {
        // Executions carry their order; listed orders come last so they win when both describe one order.
        let orders = uniqued(batch.executions.map(\.order) + batch.orders) { OrderKey($0.orderDate, $0.orderNumber) }
        let compare = [
            "orgn_odno", "branch", "stock_code", "stock_name", "side", "ord_dvsn_cd", "ord_qty", "ord_unpr", "ord_tmd",
            "filled_qty", "filled_amt", "avg_fill_price", "cancelled", "remaining_qty", "rejected_qty", "venue",
        ]
        return try upsertChunked(
            orders, into: "kis_order_detail", key: ["account_no", "is_paper", "ord_dt", "odno"], compare: compare,
            stamp: batch.fetchedAt, on: conn
        ) { insert, chunk in
            accountColumns(&insert, batch, rows: chunk.count)
            insert.column("ord_dt", "date", chunk.map(\.orderDate))
            insert.column("odno", "text", chunk.map(\.orderNumber))
            insert.column("orgn_odno", "text", chunk.map(\.originalOrderNumber))
            insert.column("branch", "text", chunk.map(\.branch))
            insert.column("stock_code", "text", chunk.map(\.code))
            insert.column("stock_name", "text", chunk.map(\.name))
            insert.column("side", "text", chunk.map(\.side))
            insert.column("ord_dvsn_cd", "text", chunk.map(\.orderType))
            insert.column("ord_qty", "bigint", chunk.map(\.orderQuantity))
            insert.column("ord_unpr", "bigint", chunk.map(\.orderPrice))
            insert.column("ord_tmd", "time", chunk.map(\.orderTime))
            insert.column("filled_qty", "bigint", chunk.map(\.filledQuantity))
            insert.column("filled_amt", "bigint", chunk.map(\.filledAmount))
            insert.column("avg_fill_price", "bigint", chunk.map(\.averageFillPrice))
            insert.column("cancelled", "boolean", chunk.map(\.isCancelled))
            insert.column("remaining_qty", "bigint", chunk.map(\.remainingQuantity))
            insert.column("rejected_qty", "bigint", chunk.map(\.rejectedQuantity))
            insert.column("venue", "text", chunk.map(\.venue))
        }
    }

    /// Upserts one row per filled order and day; a later fill of the same order updates it.
    static func writeExecutions(_ batch: SyncBatch, on conn: PGConnection) throws -> Int {
        let executions = uniqued(batch.executions) { OrderKey($0.order.orderDate, $0.order.orderNumber) }
        let compare = [
            "stock_code", "stock_name", "exec_type", "exec_qty", "exec_price", "exec_amt", "exec_tmd", "commission",
            "tax", "venue",
        ]
        return try upsertChunked(
            executions, into: "kis_execution", key: ["account_no", "is_paper", "exec_dt", "odno"], compare: compare,
            stamp: batch.fetchedAt, on: conn
        ) { insert, chunk in
            accountColumns(&insert, batch, rows: chunk.count)
            insert.column("exec_dt", "date", chunk.map(\.order.orderDate))
            insert.column("odno", "text", chunk.map(\.order.orderNumber))
            insert.column("stock_code", "text", chunk.map(\.order.code))
            insert.column("stock_name", "text", chunk.map(\.order.name))
            insert.column("exec_type", "text", chunk.map(\.order.side))
            insert.column("exec_qty", "bigint", chunk.map(\.order.filledQuantity))
            insert.column("exec_price", "bigint", chunk.map(\.order.averageFillPrice))
            insert.column("exec_amt", "bigint", chunk.map(\.order.filledAmount))
            insert.column("exec_tmd", "time", chunk.map(\.order.orderTime))
            insert.column("commission", "bigint", chunk.map(\.commission))
            insert.column("tax", "bigint", chunk.map(\.tax))
            insert.column("venue", "text", chunk.map(\.order.venue))
        }
    }
}

/// An order's identity within an account: order numbers restart every day.
private struct OrderKey: Hashable {
    let date: TradeDate
    let number: String

    init(_ date: TradeDate, _ number: String) {
        self.date = date
        self.number = number
    }
}
