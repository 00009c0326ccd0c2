import PortfolioModel

/// One page of inquire-psbl-rvsecncl (SPEC §5.3): `output` rows.
struct CancellableOrderPageDTO: Decodable {
    var orders: [CancellableOrderDTO]?

    enum CodingKeys: String, CodingKey {
        case orders = "output"
    }
}

/// One order that can still be amended or cancelled.
///
/// KIS sends no order date: these are today's orders.
struct CancellableOrderDTO: Decodable {
    var branch: String?
    var orderNumber: String?
    var originalOrderNumber: String?
    var code: String?
    var name: String?
    var orderType: String?
    var orderQuantity: String?
    var orderPrice: String?
    var orderTime: String?
    var filledQuantity: String?
    var cancellableQuantity: String?
    var side: String?
    var venue: String?

    enum CodingKeys: String, CodingKey {
        case branch = "ord_gno_brno"
        case orderNumber = "odno"
        case originalOrderNumber = "orgn_odno"
        case code = "pdno"
        case name = "prdt_name"
        case orderType = "ord_dvsn_cd"
        case orderQuantity = "ord_qty"
        case orderPrice = "ord_unpr"
        case orderTime = "ord_tmd"
        case filledQuantity = "tot_ccld_qty"
        case cancellableQuantity = "psbl_qty"
        case side = "sll_buy_dvsn_cd"
        case venue = "excg_id_dvsn_cd"
    }

    var isBlank: Bool { [orderNumber, code].allSatisfy { ($0 ?? "").trimmingSpaces().isEmpty } }

    func order(_ r: FieldReader, on date: TradeDate) throws -> UnfilledOrder {
        UnfilledOrder(
            orderDate: date, orderNumber: r.text(orderNumber), originalOrderNumber: r.text(originalOrderNumber),
            branch: r.text(branch), code: try r.stockCode(code, CodingKeys.code), name: r.text(name),
            side: try r.side(side, CodingKeys.side), orderType: r.text(orderType),
            orderQuantity: try r.int(orderQuantity, CodingKeys.orderQuantity),
            orderPrice: try r.krw(orderPrice, CodingKeys.orderPrice),
            orderTime: try r.time(orderTime, CodingKeys.orderTime),
            filledQuantity: try r.int(filledQuantity, CodingKeys.filledQuantity),
            cancellableQuantity: try r.int(cancellableQuantity, CodingKeys.cancellableQuantity),
            venue: try r.venue(venue, CodingKeys.venue))
    }
}
