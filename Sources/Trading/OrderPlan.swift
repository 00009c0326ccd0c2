package import PortfolioModel

/// A checked order: exactly what will be sent, and what it is expected to cost.
///
/// The preview shows this.
package struct OrderPlan: Sendable, Hashable, Codable {
    package var request: OrderRequest
    /// KIS's name for the stock.
    package var name: String
    /// The order type sent (an NXT market order becomes a limit).
    package var orderType: OrderType
    /// The price sent; nil for market-type orders (`ORD_UNPR "0"`).
    package var price: KRW?
    /// The session the order lands in, for example 정규장.
    package var session: String
    /// The price the estimate uses: the limit, else the current price.
    package var estimatePrice: KRW
    /// quantity × estimate price.
    package var estimatedAmount: KRW
    package var commission: KRW
    /// The sell tax (증권거래세), zero for buys.
    package var tax: KRW
    /// Orderable cash (buys) before the order, as KIS reported it right before the preview.
    package var cashBefore: KRW?
    /// Orderable cash left after a buy at the estimate (KIS reserves market buys at the upper limit).
    package var cashAfter: KRW?
    /// Sellable shares before and after a sell.
    package var sharesBefore: Int64?
    package var sharesAfter: Int64?
    /// Remarks the user must see, for example the NXT market-to-limit conversion or a possible double submit.
    package var notes: [String]
    /// True when an identical order was confirmed in the last minute.
    package var isPossibleDuplicate: Bool

    /// Net cash effect at the estimate: buys pay amount + commission, sells receive amount − commission − tax.
    package var netCash: KRW {
        request.side == .buy ? KRW(0) - estimatedAmount - commission : estimatedAmount - commission - tax
    }
}
