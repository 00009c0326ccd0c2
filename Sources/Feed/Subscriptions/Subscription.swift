/// One registration on the KIS WebSocket: a TR and its key (a stock code, or the HTS id for notices).
package struct Subscription: Sendable, Hashable, CustomStringConvertible {
    /// The TR id, such as `H0STCNI0`.
    package var trID: String
    /// The `tr_key`.
    package var trKey: String

    /// Creates a subscription.
    package init(trID: String, trKey: String) {
        self.trID = trID
        self.trKey = trKey
    }

    /// `tr_id` and, for market data, the key; the HTS id of a notice subscription is not shown.
    package var description: String { FeedTR.isExecutionNotice(trID) ? "\(trID)(<hts id>)" : "\(trID)(\(trKey))" }
}
