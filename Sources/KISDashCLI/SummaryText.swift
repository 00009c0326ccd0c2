import Foundation
import PortfolioModel
import Storage

/// The text of `kisdash summary`.
///
/// Pure, so it can be tested without a database.
enum SummaryText {
    static func render(
        snapshot s: StoredSnapshot, account: AccountNumber, mode: TradingMode, executions: [Execution],
        counts: [String: Int], lastRun: SyncRunRecord?
    ) -> String {
        let m = s.summary
        var lines = [
            "\(mode.koreanLabel) account \(account) — data as of \(KST.format(s.confirmedAt)) KST"
                + " (snapshot \(KST.format(s.snapshotAt)))",
            "  총평가금액 \(m.totalEvaluation)   예수금 \(m.deposit)   주문가능(D+2) \(m.availableCash)",
            "  매입금액 \(m.totalPurchase)   평가손익 \(m.totalProfitLoss) (\(Percent.ratio(m.totalProfitLoss.won, m.totalPurchase.won) ?? .zero))",
            "  holdings: \(s.holdings.count)",
        ]
        for h in s.holdings.sorted(by: { $0.evaluationAmount > $1.evaluationAmount }) {
            lines.append(
                "    \(h.code) \(h.name) \(h.quantity)주 @ \(h.currentPrice) = \(h.evaluationAmount) \(h.profitLossRate)"
            )
        }
        let buys = executions.filter { $0.order.side == .buy }.count
        lines.append(
            "  today: \(executions.count) filled orders (\(buys) buy, \(executions.count - buys) sell),"
                + " \(s.unfilled.count) unfilled")
        let tables = [
            "kis_account", "kis_holding", "kis_execution", "kis_unfilled_order", "kis_order_detail",
            "daily_price", "min_price", "sync_run",
        ]
        lines.append("  rows: " + tables.map { "\($0)=\(counts[$0] ?? 0)" }.joined(separator: " "))
        if let r = lastRun {
            lines.append(
                "  last sync: \(r.outcome) at \(KST.format(r.startedAt)) KST, \(r.apiCalls) API calls"
                    + (r.message.map { " — \($0)" } ?? ""))
        }
        return lines.joined(separator: "\n")
    }
}
