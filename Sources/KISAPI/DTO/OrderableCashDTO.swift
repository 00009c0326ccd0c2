import PortfolioModel

/// The answer of inquire-psbl-order (SPEC §5.4): one `output` object.
struct OrderableCashResponseDTO: Decodable {
    var output: OrderableCashDTO?
}

/// inquire-psbl-order `output`.
struct OrderableCashDTO: Decodable {
    var cash: String?
    var reusable: String?
    var cashOnlyAmount: String?
    var cashOnlyQuantity: String?
    var maxAmount: String?
    var maxQuantity: String?

    enum CodingKeys: String, CodingKey {
        case cash = "ord_psbl_cash"
        case reusable = "ruse_psbl_amt"
        case cashOnlyAmount = "nrcvb_buy_amt"
        case cashOnlyQuantity = "nrcvb_buy_qty"
        case maxAmount = "max_buy_amt"
        case maxQuantity = "max_buy_qty"
    }

    func orderableCash(_ r: FieldReader) throws -> OrderableCash {
        OrderableCash(
            cash: try r.krw(cash, CodingKeys.cash), reusableAmount: try r.krw(reusable, CodingKeys.reusable),
            cashOnlyBuyAmount: try r.krw(cashOnlyAmount, CodingKeys.cashOnlyAmount),
            cashOnlyBuyQuantity: try r.optionalInt(cashOnlyQuantity, CodingKeys.cashOnlyQuantity) ?? 0,
            maxBuyAmount: try r.krw(maxAmount, CodingKeys.maxAmount),
            maxBuyQuantity: try r.optionalInt(maxQuantity, CodingKeys.maxQuantity) ?? 0)
    }
}
