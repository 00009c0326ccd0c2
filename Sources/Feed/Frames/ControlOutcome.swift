/// What a control message means, from its `msg_cd` (SPEC §7.2 control codes), falling back to `rt_cd` and
/// `msg1` for codes not in the table.
package enum ControlOutcome: Sendable, Equatable {
    /// `OPSP0000` SUBSCRIBE SUCCESS.
    case subscribed
    /// `OPSP0001` UNSUBSCRIBE SUCCESS.
    case unsubscribed
    /// `OPSP0002` ALREADY IN SUBSCRIBE: harmless, the subscription (and its earlier key) stands.
    case alreadySubscribed
    /// `OPSP0003` UNSUBSCRIBE ERROR (not found).
    case notSubscribed
    /// `OPSP0008` MAX SUBSCRIBE OVER: the 41-registration cap was hit.
    case subscriptionLimit
    /// `OPSP8996` ALREADY IN USE appkey: another session holds this app key; back off, do not hammer.
    case appKeyInUse
    /// `OPSP0010`/`OPSP0011` invalid app key / approval not found: get a new approval key.
    case approvalRejected
    /// `OPSP8991`–`8999`, `OPSP9990`–`9999`: the request was malformed (tr_id, tr_key, JSON); do not retry.
    case invalidRequest
    /// Any other failure (`OPSP0007`, `OPSP0009`, unknown codes): retry after a back-off.
    case failed

    /// Classifies `message`.
    package init(_ message: ControlMessage) {
        switch message.messageCode {
        case "OPSP0000": self = .subscribed
        case "OPSP0001": self = .unsubscribed
        case "OPSP0002": self = .alreadySubscribed
        case "OPSP0003": self = .notSubscribed
        case "OPSP0008": self = .subscriptionLimit
        case "OPSP8996": self = .appKeyInUse
        case "OPSP0010", "OPSP0011": self = .approvalRejected
        case let code where Self.isRequestError(code): self = .invalidRequest
        default:
            if message.isSuccess {
                self = message.message.uppercased().hasPrefix("UNSUB") ? .unsubscribed : .subscribed
            } else {
                self = .failed
            }
        }
    }

    /// Whether the subscription is in place after this answer.
    package var isSubscribed: Bool { self == .subscribed || self == .alreadySubscribed }

    private static func isRequestError(_ code: String) -> Bool {
        guard code.hasPrefix("OPSP"), let number = Int(code.dropFirst(4)) else { return false }
        return (8991...8999).contains(number) || (9990...9999).contains(number)
    }
}
