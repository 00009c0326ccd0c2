import Foundation
import KISAPI
import PortfolioModel

extension PreTradeCheck {
    func checkName(_ request: OrderRequest, instrument: Instrument) throws {
        guard let typed = request.name else { return }
        func normal(_ s: String) -> String { s.filter { !$0.isWhitespace }.uppercased() }
        guard normal(typed) == normal(instrument.name) else {
            throw refusal(
                "\(request.code) is \(instrument.name) at KIS, not \(typed): check the code (the name is there to "
                    + "catch a mistyped one)")
        }
    }

    /// NXT has no market orders: a buy becomes a limit at the best ask, a sell at the best bid (the seed's rule).
    func nxtLimit(_ request: OrderRequest, book: BestBidAsk?) throws -> (OrderType, KRW?) {
        let price = request.side == .buy ? book?.askPrice : book?.bidPrice
        guard let price, price > .zero else {
            throw refusal("NXT takes no market orders and NXT shows no \(request.side == .buy ? "ask" : "bid") now")
        }
        return (.limit, price)
    }

    func checkSession(_ venue: Venue, type: OrderType, facts: Facts) throws -> String {
        let time = KST.timeOfDay(facts.now)
        switch sessions.verdict(venue: venue, type: type, at: time, isTradingDay: facts.isTradingDay) {
        case .allowed(let window):
            return window.name
        case .typeNotAllowed(let window):
            let accepted = window.orderTypes.sorted { $0.rawValue < $1.rawValue }.map(\.koreanName)
            throw refusal(
                "\(venue.rawValue) \(window.name) (\(window.start)–\(window.end) KST) does not take \(type.koreanName) "
                    + "orders; it takes \(accepted.joined(separator: ", "))")
        case .closed:
            guard facts.isTradingDay else {
                throw refusal("\(TradeDate(facts.now)) is not a trading day: \(venue.rawValue) is closed")
            }
            let next =
                sessions.nextWindow(venue: venue, after: time)
                .map { "; next: \($0.name) at \($0.start) KST" } ?? "; no more sessions today"
            throw refusal("\(venue.rawValue) takes no orders at \(time) KST\(next)")
        }
    }

    func checkPrice(_ price: KRW, instrument: Instrument) throws {
        guard TickSize.isOnGrid(price, kind: instrument.kind) else {
            let tick = TickSize.tick(at: price, kind: instrument.kind)
            let (below, above) = TickSize.neighbours(of: price, kind: instrument.kind)
            throw refusal(
                "\(Self.won(price)) is off the \(Self.won(tick)) price grid (호가단위): use \(Self.won(below)) or \(Self.won(above))"
            )
        }
        guard instrument.limits.contains(price) else {
            let which = price > instrument.limits.upper ? "above the upper limit (상한가)" : "below the lower limit (하한가)"
            throw refusal(
                "\(Self.won(price)) is \(which): today's band is \(Self.won(instrument.limits.lower))–"
                    + "\(Self.won(instrument.limits.upper))")
        }
    }

    func checkCash(_ plan: inout OrderPlan, facts: Facts) throws {
        guard let cash = facts.orderableCash else { throw refusal("KIS did not report the orderable cash") }
        let quantity = plan.request.quantity
        plan.cashBefore = cash.cashOnlyBuyAmount
        plan.cashAfter = cash.cashOnlyBuyAmount - plan.estimatedAmount - plan.commission
        guard quantity <= cash.cashOnlyBuyQuantity else {
            let basis = plan.price == nil ? " (KIS reserves a market buy at the upper limit)" : ""
            throw refusal(
                "not enough cash: at most \(cash.cashOnlyBuyQuantity)주 can be bought with "
                    + "\(Self.won(cash.cashOnlyBuyAmount))\(basis)")
        }
    }

    func checkShares(_ plan: inout OrderPlan, facts: Facts) throws {
        let sellable = facts.sellableQuantity ?? 0
        plan.sharesBefore = sellable
        plan.sharesAfter = sellable - plan.request.quantity
        guard plan.request.quantity <= sellable else {
            throw refusal("not enough shares: \(sellable)주 of \(plan.request.code) can be sold now (주문가능수량)")
        }
    }
}
