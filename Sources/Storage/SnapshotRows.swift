import Foundation
import LibPQ
import PortfolioModel

/// Reads `kis_account` snapshots with their holdings and unfilled orders back into model values.
enum SnapshotRows {
    /// The newest snapshot, or the newest taken before `before`.
    static func latest(account: AccountNumber, isPaper: Bool, before: Date? = nil, on conn: PGConnection) throws
        -> StoredSnapshot?
    {
        let cutoff = before ?? Date.distantFuture
        let rows = try conn.query(
            """
            SELECT id, snapshot_at, confirmed_at, deposit, next_day_cash, available, today_buy_amt, today_sell_amt,
                   today_fee, stock_eval_amt, total_eval_amt, net_assets, total_buy_amt, total_profit_loss,
                   previous_total_assets, asset_change
            FROM kis_account WHERE account_no = \(account) AND is_paper = \(isPaper) AND snapshot_at < \(cutoff)
            ORDER BY snapshot_at DESC LIMIT 1
            """,
            as: (Int64, Date, Date, KRW, KRW, KRW, KRW, KRW, KRW, KRW, KRW, KRW, KRW, KRW, KRW, KRW).self)
        guard let r = rows.first else { return nil }
        let summary = AccountSummary(
            deposit: r.3, nextDayCash: r.4, availableCash: r.5, todayBuyAmount: r.6, todaySellAmount: r.7,
            todayFees: r.8, stockEvaluation: r.9, totalEvaluation: r.10, netAssets: r.11, totalPurchase: r.12,
            totalProfitLoss: r.13, previousTotalAssets: r.14, assetChange: r.15)
        return StoredSnapshot(
            id: r.0, summary: summary, holdings: try holdings(snapshot: r.0, on: conn),
            unfilled: try unfilled(snapshot: r.0, on: conn), snapshotAt: r.1, confirmedAt: r.2)
    }

    private static func holdings(snapshot id: Int64, on conn: PGConnection) throws -> [Holding] {
        try conn.query(
            """
            SELECT stock_code, stock_name, holding_qty, ord_psbl_qty, pchs_avg_pric, pchs_amt, prpr, evlu_amt,
                   evlu_pfls_amt, evlu_pfls_rt, fltt_rt, day_change, today_buy_qty, today_sell_qty
            FROM kis_holding WHERE kis_account_id = \(id) AND holding_qty > 0 ORDER BY stock_code
            """,
            as: (StockCode, String, Int64, Int64, AveragePrice, KRW, KRW, KRW, KRW, Percent, Percent, KRW, Int64, Int64)
                .self
        ).map { h in
            Holding(
                code: h.0, name: h.1, quantity: h.2, orderableQuantity: h.3, averagePrice: h.4, purchaseAmount: h.5,
                currentPrice: h.6, evaluationAmount: h.7, profitLoss: h.8, profitLossRate: h.9, dayChangeRate: h.10,
                dayChange: h.11, todayBoughtQuantity: h.12, todaySoldQuantity: h.13)
        }
    }

    private static func unfilled(snapshot id: Int64, on conn: PGConnection) throws -> [UnfilledOrder] {
        try conn.query(
            """
            SELECT ord_dt, odno, orgn_odno, branch, stock_code, stock_name, sll_buy_dvsn_cd, ord_dvsn_cd, ord_qty,
                   ord_unpr, ord_tmd, tot_ccll_qty, psbl_qty, venue
            FROM kis_unfilled_order WHERE kis_account_id = \(id) ORDER BY ord_tmd, odno
            """,
            as: (
                TradeDate, String, String, String, StockCode, String, String, String, Int64, KRW, KSTTime, Int64, Int64,
                Venue
            ).self
        ).map { u in
            guard let side = Side(kisCode: u.6) else {
                throw StorageError(code: .corruptRow, message: "kis_unfilled_order has an unknown side code")
            }
            return UnfilledOrder(
                orderDate: u.0, orderNumber: u.1, originalOrderNumber: u.2, branch: u.3, code: u.4, name: u.5,
                side: side, orderType: u.7, orderQuantity: u.8, orderPrice: u.9, orderTime: u.10,
                filledQuantity: u.11, cancellableQuantity: u.12, venue: u.13)
        }
    }
}
