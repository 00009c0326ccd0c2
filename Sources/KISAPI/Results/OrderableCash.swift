package import PortfolioModel

/// What the account can spend on buying now (매수가능조회, inquire-psbl-order).
package struct OrderableCash: Sendable, Hashable {
    /// 주문가능현금 `ord_psbl_cash`: cash available from deposits.
    package var cash: KRW
    /// 재사용가능금액 `ruse_psbl_amt`: re-usable sale proceeds.
    package var reusableAmount: KRW
    /// 미수없는매수금액 `nrcvb_buy_amt`: what a cash-only buy can spend (no receivable/credit).
    package var cashOnlyBuyAmount: KRW
    /// 미수없는매수수량 `nrcvb_buy_qty` (0 for an amount-only query).
    package var cashOnlyBuyQuantity: Int64
    /// 최대매수금액 `max_buy_amt`: including 미수 (credit).
    package var maxBuyAmount: KRW
    /// 최대매수수량 `max_buy_qty`.
    package var maxBuyQuantity: Int64

    /// Creates a value.
    package init(
        cash: KRW, reusableAmount: KRW = .zero, cashOnlyBuyAmount: KRW, cashOnlyBuyQuantity: Int64 = 0,
        maxBuyAmount: KRW, maxBuyQuantity: Int64 = 0
    ) {
        self.cash = cash
        self.reusableAmount = reusableAmount
        self.cashOnlyBuyAmount = cashOnlyBuyAmount
        self.cashOnlyBuyQuantity = cashOnlyBuyQuantity
        self.maxBuyAmount = maxBuyAmount
        self.maxBuyQuantity = maxBuyQuantity
    }
}
