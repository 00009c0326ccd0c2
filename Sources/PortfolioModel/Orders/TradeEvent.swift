package import Foundation

/// One entry of the append-only order journal (`trade_order_events`).
///
/// `detail` holds facts about the order (side, code, quantity, price, KIS's `msg_cd`), never a password, a
/// confirmation code, a key or an account number: the types that carry those are masked or never stored.
package struct TradeEvent: Sendable, Hashable, Codable {
    /// What happened.
    package enum Kind: String, Sendable, Codable, CaseIterable {
        /// A preview was shown and a confirmation code issued.
        case previewed = "PREVIEWED"
        /// A confirmation was refused: wrong, expired or reused code, or another domain.
        case codeRefused = "CODE_REFUSED"
        /// A trading password was wrong, or attempts are locked out.
        case passwordRefused = "PASSWORD_REFUSED"
        /// A guard refused the order at confirmation (REAL_TRADING_ENABLED, session, host).
        case guardRefused = "GUARD_REFUSED"
        /// The order is about to go to KIS (recorded before sending).
        case sent = "SENT"
        /// KIS accepted it and gave an order number.
        case accepted = "ACCEPTED"
        /// KIS refused it (nothing was placed).
        case rejected = "REJECTED"
        /// No usable answer: placed or not is unknown until looked up.
        case outcomeUnknown = "OUTCOME_UNKNOWN"
        /// A lookup after an unknown outcome decided it.
        case reconciled = "RECONCILED"
        /// The sync saw the order's status change.
        case status = "STATUS"
    }

    /// The order request this event belongs to (a UUID made at preview).
    package var requestID: String
    /// KIS's order number, once known.
    package var orderNumber: String?
    package var kind: Kind
    package var detail: [String: String]
    package var recordedAt: Date

    /// Creates an event.
    package init(requestID: String, orderNumber: String? = nil, kind: Kind, detail: [String: String], recordedAt: Date)
    {
        self.requestID = requestID
        self.orderNumber = orderNumber
        self.kind = kind
        self.detail = detail
        self.recordedAt = recordedAt
    }
}
