import Foundation
import LibPQ
import PortfolioModel

extension AccountWriter {
    /// What happened to the balance part of a batch.
    struct SnapshotWrite {
        var id: Int64
        var isNew: Bool
        var accountRows: Int
        var holdingRows: Int
        var unfilledRows: Int
    }

    /// Confirms the latest snapshot if its content is unchanged, or inserts a new one with its rows.
    static func writeSnapshot(_ batch: SyncBatch, on conn: PGConnection) throws -> SnapshotWrite {
        let content = SnapshotContent(balance: batch.balance, unfilled: batch.unfilled)
        let canonical = try content.canonicalText()
        let latest = try conn.query(
            """
            SELECT id, content_hash = md5(\(canonical)) FROM kis_account
            WHERE account_no = \(batch.account) AND is_paper = \(batch.mode.isPaper)
            ORDER BY snapshot_at DESC LIMIT 1
            """, as: (Int64, Bool).self
        ).first
        if let (id, unchanged) = latest, unchanged {
            let moved = try conn.execute(
                "UPDATE kis_account SET confirmed_at = \(batch.fetchedAt) WHERE id = \(id) AND confirmed_at < \(batch.fetchedAt)"
            )
            return SnapshotWrite(id: id, isNew: false, accountRows: moved, holdingRows: 0, unfilledRows: 0)
        }
        let id = try insertAccount(batch, hashOf: canonical, on: conn)
        let holdings = try insertHoldings(content.holdings, snapshot: id, batch, on: conn)
        let unfilled = try insertUnfilled(content.unfilled, snapshot: id, batch, on: conn)
        return SnapshotWrite(id: id, isNew: true, accountRows: 1, holdingRows: holdings, unfilledRows: unfilled)
    }

    private static func insertAccount(_ batch: SyncBatch, hashOf canonical: String, on conn: PGConnection) throws
        -> Int64
    {
        let s = batch.balance.summary
        let at = batch.fetchedAt
        let rows = try conn.query(
            """
            INSERT INTO kis_account (account_no, is_paper, snapshot_at, snapshot_date, confirmed_at, content_hash,
                deposit, next_day_cash, available, today_buy_amt, today_sell_amt, today_fee, stock_eval_amt,
                total_eval_amt, net_assets, total_buy_amt, total_profit_loss, previous_total_assets, asset_change)
            VALUES (\(batch.account), \(batch.mode.isPaper), \(at), \(TradeDate(at)), \(at), md5(\(canonical)),
                \(s.deposit), \(s.nextDayCash), \(s.availableCash), \(s.todayBuyAmount), \(s.todaySellAmount),
                \(s.todayFees), \(s.stockEvaluation), \(s.totalEvaluation), \(s.netAssets), \(s.totalPurchase),
                \(s.totalProfitLoss), \(s.previousTotalAssets), \(s.assetChange))
            RETURNING id
            """, as: Int64.self)
        guard let id = rows.first else {
            throw StorageError(code: .corruptRow, message: "INSERT INTO kis_account returned no id")
        }
        return id
    }

    private static func insertHoldings(
        _ holdings: [Holding], snapshot id: Int64, _ batch: SyncBatch, on conn: PGConnection
    ) throws -> Int {
        guard !holdings.isEmpty else { return 0 }
        var insert = UnnestInsert(into: "kis_holding")
        snapshotColumns(&insert, snapshot: id, batch, rows: holdings.count)
        insert.column("stock_code", "text", holdings.map(\.code))
        insert.column("stock_name", "text", holdings.map(\.name))
        insert.column("holding_qty", "bigint", holdings.map(\.quantity))
        insert.column("ord_psbl_qty", "bigint", holdings.map(\.orderableQuantity))
        insert.column("pchs_avg_pric", "numeric", holdings.map(\.averagePrice))
        insert.column("pchs_amt", "bigint", holdings.map(\.purchaseAmount))
        insert.column("prpr", "bigint", holdings.map(\.currentPrice))
        insert.column("evlu_amt", "bigint", holdings.map(\.evaluationAmount))
        insert.column("evlu_pfls_amt", "bigint", holdings.map(\.profitLoss))
        insert.column("evlu_pfls_rt", "numeric", holdings.map(\.profitLossRate))
        insert.column("fltt_rt", "numeric", holdings.map(\.dayChangeRate))
        insert.column("day_change", "bigint", holdings.map(\.dayChange))
        insert.column("today_buy_qty", "bigint", holdings.map(\.todayBoughtQuantity))
        insert.column("today_sell_qty", "bigint", holdings.map(\.todaySoldQuantity))
        return try conn.execute(insert.insert())
    }

    private static func insertUnfilled(
        _ orders: [UnfilledOrder], snapshot id: Int64, _ batch: SyncBatch, on conn: PGConnection
    ) throws -> Int {
        guard !orders.isEmpty else { return 0 }
        var insert = UnnestInsert(into: "kis_unfilled_order")
        snapshotColumns(&insert, snapshot: id, batch, rows: orders.count)
        insert.column("ord_dt", "date", orders.map(\.orderDate))
        insert.column("odno", "text", orders.map(\.orderNumber))
        insert.column("orgn_odno", "text", orders.map(\.originalOrderNumber))
        insert.column("branch", "text", orders.map(\.branch))
        insert.column("stock_code", "text", orders.map(\.code))
        insert.column("stock_name", "text", orders.map(\.name))
        insert.column("sll_buy_dvsn_cd", "text", orders.map(\.side.kisCode))
        insert.column("ord_dvsn_cd", "text", orders.map(\.orderType))
        insert.column("ord_qty", "bigint", orders.map(\.orderQuantity))
        insert.column("ord_unpr", "bigint", orders.map(\.orderPrice))
        insert.column("ord_tmd", "time", orders.map(\.orderTime))
        insert.column("psbl_qty", "bigint", orders.map(\.cancellableQuantity))
        insert.column("tot_ccll_qty", "bigint", orders.map(\.filledQuantity))
        insert.column("venue", "text", orders.map(\.venue))
        return try conn.execute(insert.insert())
    }

    /// The columns every row of a snapshot repeats: its snapshot id, domain and time.
    private static func snapshotColumns(
        _ insert: inout UnnestInsert, snapshot id: Int64, _ batch: SyncBatch, rows n: Int
    ) {
        insert.column("kis_account_id", "bigint", Array(repeating: id, count: n))
        insert.column("is_paper", "boolean", Array(repeating: batch.mode.isPaper, count: n))
        insert.column("snapshot_at", "timestamptz", Array(repeating: batch.fetchedAt, count: n))
        insert.column("snapshot_date", "date", Array(repeating: TradeDate(batch.fetchedAt), count: n))
    }
}
