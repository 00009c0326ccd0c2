package import Foundation
package import KISAPI
package import PortfolioModel

/// The pre-trade checks, a pure function: a refusal names the rule and what would pass (SPEC §4.2, §4.3, §5.7).
///
/// Order of checks: quantity → name → venue for the domain → NXT market-to-limit → price for the type →
/// session → tick → band → cash or sellable shares. KIS would refuse most of these too; checking first means
/// a refusal costs nothing and says more than KIS's one-line codes.
package struct PreTradeCheck: Sendable {
    /// What the check looks at, all read right before the preview.
    package struct Facts: Sendable {
        package var mode: TradingMode
        package var instrument: Instrument
        /// The venue's best bid/ask, needed only for an NXT market order.
        package var book: BestBidAsk?
        /// KIS's orderable cash and cash-only buy quantity at this price (buys).
        package var orderableCash: OrderableCash?
        /// 주문가능수량 of the holding (sells); nil when the account holds none.
        package var sellableQuantity: Int64?
        package var now: Date
        package var isTradingDay: Bool
        /// True when an identical order was sent in the last minute.
        package var recentIdentical: Bool

        /// Creates facts.
        package init(
            mode: TradingMode, instrument: Instrument, book: BestBidAsk? = nil, orderableCash: OrderableCash? = nil,
            sellableQuantity: Int64? = nil, now: Date, isTradingDay: Bool, recentIdentical: Bool = false
        ) {
            self.mode = mode
            self.instrument = instrument
            self.book = book
            self.orderableCash = orderableCash
            self.sellableQuantity = sellableQuantity
            self.now = now
            self.isTradingDay = isTradingDay
            self.recentIdentical = recentIdentical
        }
    }

    package var sessions: TradingSessions
    package var fees: FeeSchedule

    /// Creates a checker with the session table and the fee schedule.
    package init(sessions: TradingSessions = .standard, fees: FeeSchedule = FeeSchedule()) {
        self.sessions = sessions
        self.fees = fees
    }

    /// The plan for `request`, or the first rule it breaks.
    /// - Throws: ``TradingError`` `.refused` with one line naming the rule.
    package func plan(_ request: OrderRequest, facts: Facts) throws -> OrderPlan {
        let instrument = facts.instrument
        guard request.quantity > 0 else { throw refusal("the quantity must be at least 1 share (1주)") }
        try checkName(request, instrument: instrument)
        if facts.mode == .paper && request.venue != .krx {
            throw refusal("paper trading (모의투자) is KRX only; \(request.venue.rawValue) is for real accounts")
        }
        var type = request.orderType
        var price = request.price
        var notes: [String] = []
        if request.venue == .nxt && type == .market {
            (type, price) = try nxtLimit(request, book: facts.book)
            notes.append(
                "NXT takes no market orders: sent as a limit at the best \(request.side == .buy ? "ask" : "bid") "
                    + "\(price.map(Self.won) ?? "")")
        }
        if type.takesPrice && price == nil { throw refusal("a \(type.koreanName) order needs a price (…원)") }
        if !type.takesPrice { price = nil }
        let session = try checkSession(request.venue, type: type, facts: facts)
        if let price { try checkPrice(price, instrument: instrument) }
        let tradeDate = TradeDate(facts.now)
        let estimate = price ?? instrument.quote.price
        let amount = KRW(estimate.won * request.quantity)
        var plan = OrderPlan(
            request: request, name: instrument.name, orderType: type, price: price, session: session,
            estimatePrice: estimate, estimatedAmount: amount,
            commission: KRW(amount.won * fees.commissionPerMillion / 1_000_000),
            tax: request.side == .sell
                ? KRW(amount.won * FeeSchedule.sellTaxPerMillion(on: tradeDate) / 1_000_000) : .zero,
            notes: notes, isPossibleDuplicate: facts.recentIdentical)
        switch request.side {
        case .buy: try checkCash(&plan, facts: facts)
        case .sell: try checkShares(&plan, facts: facts)
        }
        if facts.recentIdentical {
            plan.notes.append("an identical order was sent less than a minute ago: possible double submit")
        }
        return plan
    }

    func refusal(_ message: String) -> TradingError { TradingError(.refused, message) }

    static func won(_ amount: KRW) -> String { amount.description }
}
