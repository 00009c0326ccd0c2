package import PortfolioModel

/// How a confirmed order ended, reported exactly once.
package enum OrderOutcome: Sendable, Equatable {
    /// KIS has the order. `viaLookup` when its reply was lost and the order was found in today's orders.
    case placed(JournalOrder, viaLookup: Bool)
    /// KIS refused it: nothing was placed.
    case rejected(messageCode: String, message: String)
    /// It never ran at KIS (rate limit, token), or the lookup after a lost reply shows no such order.
    case notPlaced(reason: String)
    /// No usable answer and the lookup failed too: check the orders before ordering again.
    case unknown(reason: String)

    /// `placed`, `rejected`, `not_placed` or `unknown` (for `--json`).
    package var name: String {
        switch self {
        case .placed: "placed"
        case .rejected: "rejected"
        case .notPlaced: "not_placed"
        case .unknown: "unknown"
        }
    }
}

/// A preview: the pending order saved for confirmation and its code (shown once, never stored).
package struct OrderPreview: Sendable {
    package var pending: PendingOrder
    /// The 4-character confirmation code.
    package var code: String
}
