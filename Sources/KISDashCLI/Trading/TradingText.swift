import Foundation
import KISAPI
import PortfolioModel
import Trading

/// The trading commands' text: previews in the seed's order (what, how much, what it leaves, the code).
enum TradingText {
    static func preview(_ preview: OrderPreview, mode: TradingMode, account: AccountNumber) -> String {
        var lines: [String]
        switch preview.pending.action {
        case .place(let plan):
            let r = plan.request
            let price = plan.price.map { " \($0)" } ?? ""
            lines = [
                "주문 미리보기 — \(mode.koreanLabel) \(account) · \(r.venue.rawValue) \(plan.session)",
                "  \(r.side.koreanLabel) \(r.code) \(plan.name) \(r.quantity)주 \(plan.orderType.koreanName)\(price)",
                "  예상금액 \(plan.estimatedAmount) (@ \(plan.estimatePrice))  수수료 \(plan.commission)  세금 \(plan.tax)",
            ]
            if let before = plan.cashBefore, let after = plan.cashAfter {
                lines.append("  주문가능금액 \(before) → \(after)")
            }
            if let before = plan.sharesBefore, let after = plan.sharesAfter {
                lines.append("  주문가능수량 \(before)주 → \(after)주")
            }
            lines += plan.notes.map { "  ⚠ \($0)" }
        case .cancel(let target):
            lines = [
                "취소 미리보기 — \(mode.koreanLabel) \(account) · \(target.venue.rawValue)",
                "  주문번호 \(target.orderNumber): \(target.side.koreanLabel) \(target.code) \(target.name) "
                    + "미체결 \(target.openQuantity)주 @ \(target.price) 전량 취소",
            ]
        }
        let seconds = Int(preview.pending.expiresAt.timeIntervalSince(preview.pending.createdAt))
        lines.append("  확인 코드: \(preview.code)   (\(seconds)초 안에: kisdash confirm \(preview.code))")
        return lines.joined(separator: "\n")
    }

    static func outcome(_ outcome: OrderOutcome) -> String {
        switch outcome {
        case .placed(let order, let viaLookup):
            let what = order.kind == .cancel ? "취소 접수" : "주문 접수"
            let how = viaLookup ? " (the reply was lost; found in KIS's order list)" : ""
            return "\(what): 주문번호 \(order.orderNumber) — \(order.side.koreanLabel) \(order.code) \(order.name) "
                + "\(order.quantity)주\(how)"
        case .rejected(let code, let message): return "KIS refused the order (\(code)): \(message); nothing was placed"
        case .notPlaced(let reason): return "not placed: \(reason)"
        case .unknown(let reason): return "unknown — check before ordering again: \(reason)"
        }
    }

    static func balance(_ snapshot: BalanceSnapshot, mode: TradingMode, account: AccountNumber) -> String {
        let s = snapshot.summary
        var lines = [
            "\(mode.koreanLabel) \(account) 잔고",
            "  예수금 \(s.deposit)  주문가능(D+2) \(s.availableCash)  총평가금액 \(s.totalEvaluation)  평가손익 \(s.totalProfitLoss)",
        ]
        for h in snapshot.heldPositions {
            lines.append(
                "  \(h.code) \(h.name) \(h.quantity)주 (주문가능 \(h.orderableQuantity)) 평가 \(h.evaluationAmount) \(h.profitLossRate)"
            )
        }
        return lines.joined(separator: "\n")
    }

    static func quote(_ instrument: Instrument) -> String {
        let q = instrument.quote
        return "\(instrument.code) \(instrument.name) 현재가 \(q.price) (\(q.change) \(q.changeRate)) "
            + "고 \(q.high) 저 \(q.low) 상한 \(instrument.limits.upper) 하한 \(instrument.limits.lower) 호가단위 \(instrument.tick)"
    }

    static func orders(_ orders: [DailyOrder]) -> String {
        guard !orders.isEmpty else { return "오늘 주문 없음" }
        return orders.map { o in
            let status = OrderStatus(reportedBy: o).koreanLabel
            return "\(o.orderNumber) \(o.orderTime) \(o.side.koreanLabel) \(o.code) \(o.name) \(o.orderQuantity)주 "
                + "@ \(o.orderPrice) 체결 \(o.filledQuantity)주 잔량 \(o.remainingQuantity)주 \(status) \(o.venue.rawValue)"
        }.joined(separator: "\n")
    }
}
