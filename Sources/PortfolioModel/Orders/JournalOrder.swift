package import Foundation

/// An order this tool placed, as the journal keeps it (`trade_orders`).
package struct JournalOrder: Sendable, Hashable, Codable {
    /// A new order, or the cancellation of one.
    package enum Kind: String, Sendable, Codable {
        case new = "NEW"
        case cancel = "CANCEL"
    }

    package var requestID: String
    package var kind: Kind
    package var orderDate: TradeDate
    /// KIS's 10-digit order number.
    package var orderNumber: String
    /// 주문채번지점번호 (`KRX_FWDG_ORD_ORGNO`), needed to cancel.
    package var branch: String
    /// The order a cancellation cancels.
    package var originalOrderNumber: String?
    package var code: StockCode
    package var name: String
    package var side: Side
    package var venue: Venue
    package var orderType: OrderType
    package var quantity: Int64
    /// The limit price; zero for market-type orders.
    package var price: KRW
    package var status: OrderStatus
    package var filledQuantity: Int64
    package var filledAmount: KRW
    package var orderedAt: Date

    /// Creates a journal order.
    package init(
        requestID: String, kind: Kind, orderDate: TradeDate, orderNumber: String, branch: String,
        originalOrderNumber: String? = nil, code: StockCode, name: String, side: Side, venue: Venue,
        orderType: OrderType, quantity: Int64, price: KRW, status: OrderStatus = .pending, filledQuantity: Int64 = 0,
        filledAmount: KRW = .zero, orderedAt: Date
    ) {
        self.requestID = requestID
        self.kind = kind
        self.orderDate = orderDate
        self.orderNumber = orderNumber
        self.branch = branch
        self.originalOrderNumber = originalOrderNumber
        self.code = code
        self.name = name
        self.side = side
        self.venue = venue
        self.orderType = orderType
        self.quantity = quantity
        self.price = price
        self.status = status
        self.filledQuantity = filledQuantity
        self.filledAmount = filledAmount
        self.orderedAt = orderedAt
    }
}
