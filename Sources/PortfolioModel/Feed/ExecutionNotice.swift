/// One real-time execution notice (H0STCNI0 real / H0STCNI9 paper, SPEC §7.5): an order acknowledgement,
/// a refusal, a fill or an exchange-cancelled remainder.
///
/// Read by field position from KIS's record. ``quantity`` and ``price`` mean what the record's kind says:
/// the fill's quantity and price for a fill, the order's (or amend/cancel's) for an acknowledgement, and the
/// cancelled quantity for an IOC/FOK remainder. `description` masks the account and omits the HTS id.
package struct ExecutionNotice: Sendable, Hashable, CustomStringConvertible {
    /// What the record reports (SPEC §7.5 "Reading a record").
    package enum Kind: String, Sendable, Codable, CaseIterable {
        /// A new order was received (CNTG_YN 1, RCTF_CLS 0).
        case accepted
        /// An amend order was received (RCTF_CLS 1); ``originalOrderNumber`` names the amended order.
        case amendAccepted
        /// A cancel order was received (RCTF_CLS 2); ``originalOrderNumber`` names the cancelled order.
        case cancelAccepted
        /// The order was refused (RFUS_YN 1); the reason is not in the record.
        case refused
        /// Part or all of the order was filled (CNTG_YN 2).
        case fill
        /// The unfilled rest of an IOC/FOK order was cancelled by the exchange (ACPT_YN 3).
        case remainderCancelled
    }

    /// The order condition (ODER_COND).
    package enum Condition: String, Sendable, Codable, CaseIterable {
        case none
        case ioc
        case fok
    }

    package var kind: Kind
    /// The HTS user id the notice came for (CUST_ID); not shown in `description`.
    package var htsID: String
    /// The account (ACNT_NO); masked wherever it is printed.
    package var account: AccountNumber
    /// This order's number (ODER_NO); for an amend or cancel, the amend/cancel order's own number.
    package var orderNumber: String
    /// The original order (OODER_NO) of an amend or cancel; `nil` when blank.
    package var originalOrderNumber: String?
    package var side: Side
    /// KIS's order type code (ODER_KIND = `ORD_DVSN`), kept as sent: KRX, NXT and SOR codes all occur.
    package var orderTypeCode: String
    package var condition: Condition
    package var code: StockCode
    /// The stock name (CNTG_ISNM40), trimmed.
    package var name: String
    /// CNTG_QTY: the fill's quantity on a fill, otherwise the order (amend, cancel, cancelled) quantity.
    package var quantity: Int64
    /// CNTG_UNPR: the fill price on a fill, otherwise the order price (0 for market-type orders).
    package var price: KRW
    /// STCK_CNTG_HOUR, KST.
    package var time: KSTTime
    /// The venue as ordered (ORD_EXG_GB): `.krx`, `.nxt`, or `.sor` when smart-routed.
    package var venue: Venue
    /// Where the order sits or was filled: `.krx` or `.nxt` (SOR codes 3 and 4 say which).
    package var routedTo: Venue
    /// The ordering branch (BRNC_NO), needed with the order number to amend or cancel.
    package var branch: String
    /// ODER_QTY.
    package var orderQuantity: Int64
    /// ODER_PRC when present (fills carry it; acknowledgements often leave it blank).
    package var orderPrice: KRW?
    /// ORD_COND_PRC, the stop price of a stop-limit order; `nil` when blank or zero.
    package var stopPrice: KRW?

    /// Creates a notice.
    package init(
        kind: Kind, htsID: String, account: AccountNumber, orderNumber: String, originalOrderNumber: String?,
        side: Side, orderTypeCode: String, condition: Condition, code: StockCode, name: String, quantity: Int64,
        price: KRW, time: KSTTime, venue: Venue, routedTo: Venue, branch: String, orderQuantity: Int64,
        orderPrice: KRW?, stopPrice: KRW?
    ) {
        self.kind = kind
        self.htsID = htsID
        self.account = account
        self.orderNumber = orderNumber
        self.originalOrderNumber = originalOrderNumber
        self.side = side
        self.orderTypeCode = orderTypeCode
        self.condition = condition
        self.code = code
        self.name = name
        self.quantity = quantity
        self.price = price
        self.time = time
        self.venue = venue
        self.routedTo = routedTo
        self.branch = branch
        self.orderQuantity = orderQuantity
        self.orderPrice = orderPrice
        self.stopPrice = stopPrice
    }

    /// The order type, when it is one this tool knows (``OrderType``); `nil` for other KIS codes.
    package var orderType: OrderType? { OrderType(rawValue: orderTypeCode) }

    package var description: String {
        let original = originalOrderNumber.map { " of \($0)" } ?? ""
        return "\(kind.rawValue) \(side.rawValue) \(code) \(name) \(quantity) @ \(price) \(time) "
            + "order \(orderNumber)\(original) \(venue.rawValue) account \(account.masked)"
    }
}
