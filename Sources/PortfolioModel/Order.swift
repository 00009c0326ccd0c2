/// One order of a day, as the daily order/fill inquiry (inquire-daily-ccld `output1`) reports it.
///
/// KIS aggregates fills per order: `filledQuantity` and `averageFillPrice` cover every fill so far.
package struct DailyOrder: Hashable, Sendable, Codable {
    /// 주문일자 `ord_dt`.
    package var orderDate: TradeDate
    /// 주문번호 `odno`.
    package var orderNumber: String
    /// 원주문번호 `orgn_odno` (set on amend/cancel orders).
    package var originalOrderNumber: String
    /// 주문채번지점번호 `ord_gno_brno` (needed to amend or cancel).
    package var branch: String
    package var code: StockCode
    package var name: String
    package var side: Side
    /// 주문구분코드 `ord_dvsn_cd`, for example `00` limit, `01` market.
    package var orderType: String
    package var orderQuantity: Int64
    /// 주문단가 `ord_unpr` (0 for market orders).
    package var orderPrice: KRW
    /// 주문시각 `ord_tmd`.
    package var orderTime: KSTTime
    /// 총체결수량 `tot_ccld_qty`.
    package var filledQuantity: Int64
    /// 평균가 `avg_prvs`.
    package var averageFillPrice: KRW
    /// 총체결금액 `tot_ccld_amt`.
    package var filledAmount: KRW
    /// 취소여부 `cncl_yn`.
    package var isCancelled: Bool
    /// 잔여수량 `rmn_qty`.
    package var remainingQuantity: Int64
    /// 거부수량 `rjct_qty`.
    package var rejectedQuantity: Int64
    package var venue: Venue

    /// Creates an order record.
    package init(
        orderDate: TradeDate, orderNumber: String, originalOrderNumber: String = "", branch: String = "",
        code: StockCode, name: String, side: Side, orderType: String = "00", orderQuantity: Int64, orderPrice: KRW,
        orderTime: KSTTime, filledQuantity: Int64, averageFillPrice: KRW, filledAmount: KRW,
        isCancelled: Bool = false, remainingQuantity: Int64, rejectedQuantity: Int64 = 0, venue: Venue = .krx
    ) {
        self.orderDate = orderDate
        self.orderNumber = orderNumber
        self.originalOrderNumber = originalOrderNumber
        self.branch = branch
        self.code = code
        self.name = name
        self.side = side
        self.orderType = orderType
        self.orderQuantity = orderQuantity
        self.orderPrice = orderPrice
        self.orderTime = orderTime
        self.filledQuantity = filledQuantity
        self.averageFillPrice = averageFillPrice
        self.filledAmount = filledAmount
        self.isCancelled = isCancelled
        self.remainingQuantity = remainingQuantity
        self.rejectedQuantity = rejectedQuantity
        self.venue = venue
    }

    /// An order still working in the market: not cancelled, with quantity left.
    package var isOpen: Bool { !isCancelled && remainingQuantity > 0 }
}

/// An order that can still be amended or cancelled (inquire-psbl-rvsecncl, or derived from daily orders on paper).
package struct UnfilledOrder: Hashable, Sendable, Codable {
    package var orderDate: TradeDate
    package var orderNumber: String
    package var originalOrderNumber: String
    package var branch: String
    package var code: StockCode
    package var name: String
    package var side: Side
    package var orderType: String
    package var orderQuantity: Int64
    package var orderPrice: KRW
    package var orderTime: KSTTime
    package var filledQuantity: Int64
    /// 가능수량 `psbl_qty`: what can still be cancelled.
    package var cancellableQuantity: Int64
    package var venue: Venue

    /// Creates an unfilled order.
    package init(
        orderDate: TradeDate, orderNumber: String, originalOrderNumber: String = "", branch: String = "",
        code: StockCode, name: String, side: Side, orderType: String = "00", orderQuantity: Int64, orderPrice: KRW,
        orderTime: KSTTime, filledQuantity: Int64, cancellableQuantity: Int64, venue: Venue = .krx
    ) {
        self.orderDate = orderDate
        self.orderNumber = orderNumber
        self.originalOrderNumber = originalOrderNumber
        self.branch = branch
        self.code = code
        self.name = name
        self.side = side
        self.orderType = orderType
        self.orderQuantity = orderQuantity
        self.orderPrice = orderPrice
        self.orderTime = orderTime
        self.filledQuantity = filledQuantity
        self.cancellableQuantity = cancellableQuantity
        self.venue = venue
    }

    /// The open part of a daily order, for paper accounts where KIS has no cancellable-orders inquiry.
    package init(openPartOf order: DailyOrder) {
        self.init(
            orderDate: order.orderDate, orderNumber: order.orderNumber, originalOrderNumber: order.originalOrderNumber,
            branch: order.branch, code: order.code, name: order.name, side: order.side, orderType: order.orderType,
            orderQuantity: order.orderQuantity, orderPrice: order.orderPrice, orderTime: order.orderTime,
            filledQuantity: order.filledQuantity, cancellableQuantity: order.remainingQuantity, venue: order.venue)
    }
}

extension UnfilledOrder {
    /// The open orders among `orders` (not cancelled, quantity left), each as an unfilled order whose cancellable
    /// quantity is its remaining quantity.
    ///
    /// Paper accounts have no cancellable-orders TR, so this stands in for it.
    package static func openOrders(in orders: [DailyOrder]) -> [UnfilledOrder] {
        orders.filter(\.isOpen).map(UnfilledOrder.init(openPartOf:))
    }
}
