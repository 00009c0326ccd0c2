import PortfolioModel

/// One page of inquire-balance (SPEC §5.1): `output1` holdings, `output2` one account summary.
struct BalancePageDTO: Decodable {
    var holdings: [BalanceHoldingDTO]?
    var summary: OneOrMany<BalanceSummaryDTO>?

    enum CodingKeys: String, CodingKey {
        case holdings = "output1"
        case summary = "output2"
    }
}

/// One `output1` row of inquire-balance.
///
/// Only the fields the model uses; others are ignored.
struct BalanceHoldingDTO: Decodable {
    var code: String?
    var name: String?
    var quantity: String?
    var orderableQuantity: String?
    var averagePrice: String?
    var purchaseAmount: String?
    var currentPrice: String?
    var evaluationAmount: String?
    var profitLoss: String?
    var profitLossRate: String?
    var dayChangeRate: String?
    var dayChange: String?
    var todayBought: String?
    var todaySold: String?

    enum CodingKeys: String, CodingKey {
        case code = "pdno"
        case name = "prdt_name"
        case quantity = "hldg_qty"
        case orderableQuantity = "ord_psbl_qty"
        case averagePrice = "pchs_avg_pric"
        case purchaseAmount = "pchs_amt"
        case currentPrice = "prpr"
        case evaluationAmount = "evlu_amt"
        case profitLoss = "evlu_pfls_amt"
        case profitLossRate = "evlu_pfls_rt"
        case dayChangeRate = "fltt_rt"
        case dayChange = "bfdy_cprs_icdc"
        case todayBought = "thdt_buyqty"
        case todaySold = "thdt_sll_qty"
    }

    /// Whether KIS sent an empty placeholder object (`{}` or all blanks) instead of a row.
    var isBlank: Bool { [code, name, quantity, averagePrice].allSatisfy { ($0 ?? "").trimmingSpaces().isEmpty } }

    func holding(_ r: FieldReader) throws -> Holding {
        Holding(
            code: try r.stockCode(code, CodingKeys.code), name: r.text(name),
            quantity: try r.int(quantity, CodingKeys.quantity),
            orderableQuantity: try r.int(orderableQuantity, CodingKeys.orderableQuantity),
            averagePrice: try r.averagePrice(averagePrice, CodingKeys.averagePrice),
            purchaseAmount: try r.krw(purchaseAmount, CodingKeys.purchaseAmount),
            currentPrice: try r.krw(currentPrice, CodingKeys.currentPrice),
            evaluationAmount: try r.krw(evaluationAmount, CodingKeys.evaluationAmount),
            profitLoss: try r.krw(profitLoss, CodingKeys.profitLoss),
            profitLossRate: try r.percent(profitLossRate, CodingKeys.profitLossRate),
            dayChangeRate: try r.percent(dayChangeRate, CodingKeys.dayChangeRate),
            dayChange: try r.krw(dayChange, CodingKeys.dayChange),
            todayBoughtQuantity: try r.optionalInt(todayBought, CodingKeys.todayBought) ?? 0,
            todaySoldQuantity: try r.optionalInt(todaySold, CodingKeys.todaySold) ?? 0)
    }
}
