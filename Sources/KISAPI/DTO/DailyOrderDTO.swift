import PortfolioModel

/// One page of inquire-daily-ccld (SPEC §5.2): `output1` orders, `output2` totals (used to check the rows).
struct DailyOrderPageDTO: Decodable {
    var orders: [DailyOrderDTO]?
    var totals: OneOrMany<DailyOrderTotalsDTO>?

    enum CodingKeys: String, CodingKey {
        case orders = "output1"
        case totals = "output2"
    }
}

/// inquire-daily-ccld `output2`: the totals of the rows.
struct DailyOrderTotalsDTO: Decodable {
    var orderQuantity: String?
    var filledQuantity: String?
    var filledAmount: String?

    enum CodingKeys: String, CodingKey {
        case orderQuantity = "tot_ord_qty"
        case filledQuantity = "tot_ccld_qty"
        case filledAmount = "tot_ccld_amt"
    }

    /// The three totals; `nil` when KIS sent none of them.
    func totals(_ r: FieldReader) throws -> (orderQuantity: Int64, filledQuantity: Int64, filledAmount: Int64)? {
        guard orderQuantity != nil || filledQuantity != nil || filledAmount != nil else { return nil }
        return (
            try r.int(orderQuantity, CodingKeys.orderQuantity), try r.int(filledQuantity, CodingKeys.filledQuantity),
            try r.int(filledAmount, CodingKeys.filledAmount)
        )
    }
}

/// One `output1` row of inquire-daily-ccld: one order with its fills aggregated.
struct DailyOrderDTO: Decodable {
    var orderDate: String?
    var branch: String?
    var orderNumber: String?
    var originalOrderNumber: String?
    var side: String?
    var code: String?
    var name: String?
    var orderType: String?
    var orderQuantity: String?
    var orderPrice: String?
    var orderTime: String?
    var filledQuantity: String?
    var averageFillPrice: String?
    var filledAmount: String?
    var cancelled: String?
    var remainingQuantity: String?
    var rejectedQuantity: String?
    var venue: String?

    enum CodingKeys: String, CodingKey {
        case orderDate = "ord_dt"
        case branch = "ord_gno_brno"
        case orderNumber = "odno"
        case originalOrderNumber = "orgn_odno"
        case side = "sll_buy_dvsn_cd"
        case code = "pdno"
        case name = "prdt_name"
        case orderType = "ord_dvsn_cd"
        case orderQuantity = "ord_qty"
        case orderPrice = "ord_unpr"
        case orderTime = "ord_tmd"
        case filledQuantity = "tot_ccld_qty"
        case averageFillPrice = "avg_prvs"
        case filledAmount = "tot_ccld_amt"
        case cancelled = "cncl_yn"
        case remainingQuantity = "rmn_qty"
        case rejectedQuantity = "rjct_qty"
        case venue = "excg_id_dvsn_cd"
    }

    /// Whether KIS sent an empty placeholder object instead of a row (paper does when there is no data).
    var isBlank: Bool { [orderNumber, code, orderDate].allSatisfy { ($0 ?? "").trimmingSpaces().isEmpty } }

    func order(_ r: FieldReader) throws -> DailyOrder {
        DailyOrder(
            orderDate: try r.date(orderDate, CodingKeys.orderDate), orderNumber: r.text(orderNumber),
            originalOrderNumber: r.text(originalOrderNumber), branch: r.text(branch),
            code: try r.stockCode(code, CodingKeys.code), name: r.text(name), side: try r.side(side, CodingKeys.side),
            orderType: r.text(orderType), orderQuantity: try r.int(orderQuantity, CodingKeys.orderQuantity),
            orderPrice: try r.krw(orderPrice, CodingKeys.orderPrice),
            orderTime: try r.time(orderTime, CodingKeys.orderTime),
            filledQuantity: try r.int(filledQuantity, CodingKeys.filledQuantity),
            averageFillPrice: try r.averageWon(averageFillPrice, CodingKeys.averageFillPrice),
            filledAmount: try r.krw(filledAmount, CodingKeys.filledAmount),
            isCancelled: try r.flag(cancelled, CodingKeys.cancelled),
            remainingQuantity: try r.int(remainingQuantity, CodingKeys.remainingQuantity),
            rejectedQuantity: try r.optionalInt(rejectedQuantity, CodingKeys.rejectedQuantity) ?? 0,
            venue: try r.venue(venue, CodingKeys.venue))
    }
}
