/// Why an order TR is refused; each case has one real and one paper answer in ``OrderMessages``.
package enum OrderRefusal: String, Codable, CodingKeyRepresentable, Sendable, CaseIterable {
    /// No session of the venue is open, or the open one does not take this type and says
    /// "장운영시간이 아닙니다.(reason)". Paper: before the open / after the close (see below).
    case notInSession
    /// Paper: before the day's first session.
    case paperBeforeOpen
    /// Paper: after the day's last session.
    case paperAfterClose
    /// Not a trading day.
    case holiday
    /// NXT after-market: only limit and best/top-priority limit orders.
    case nxtAfterMarketType
    /// The venue or session does not offer this `ORD_DVSN` (and no captured text says more).
    case orderTypeNotAllowed
    /// `EXCG_ID_DVSN_CD` NXT or SOR on the paper domain ("모의투자는 KRX만 가능").
    case venueNotOnPaper
    /// Price off the tick grid.
    case tick
    /// Price above the day's upper limit.
    case aboveUpperLimit
    /// Price below the day's lower limit.
    case belowLowerLimit
    /// A buy needs more than the orderable cash.
    case insufficientCash
    /// A sell needs more than the sellable quantity.
    case insufficientQuantity
    /// The stock code is not listed.
    case unknownStock
    /// `ORD_QTY` or `ORD_UNPR` is not a usable number.
    case badQuantity
    /// Amend/cancel: the order exists but nothing of it is open any more.
    case nothingToAmend
    /// Amend/cancel: no order with that number today.
    case orderNotFound
    /// Amend/cancel: more than the open quantity.
    case amendQuantityAboveOpen
}
