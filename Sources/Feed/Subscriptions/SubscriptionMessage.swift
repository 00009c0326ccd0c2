/// The client → server JSON that registers or releases a subscription (SPEC §7.2).
///
/// The shape is KIS's, exactly:
///
/// ```
/// {"header":{"approval_key":"<key>","custtype":"P","tr_type":"1","content-type":"utf-8"},
///  "body":{"input":{"tr_id":"H0STCNT0","tr_key":"005930"}}}
/// ```
///
/// Written by hand rather than with `JSONEncoder` so the key order is KIS's own, byte for byte, on every
/// platform. The text holds the approval key: send it, never log it.
package enum SubscriptionMessage {
    /// Register (`tr_type` `1`) or release (`2`; OTA docstrings saying `0` are wrong).
    package enum Action: String, Sendable {
        case register = "1"
        case release = "2"
    }

    /// The JSON text for `action` on `subscription`.
    /// - Parameters:
    ///   - action: Register or release.
    ///   - subscription: The TR and its key.
    ///   - approvalKey: The WebSocket approval key (`/oauth2/Approval`).
    ///   - customerType: `custtype`, `P` for individuals.
    /// - Returns: One line of JSON.
    package static func json(
        _ action: Action, _ subscription: Subscription, approvalKey: String, customerType: String = "P"
    ) -> String {
        "{\"header\":{\"approval_key\":\(quoted(approvalKey)),\"custtype\":\(quoted(customerType)),"
            + "\"tr_type\":\"\(action.rawValue)\",\"content-type\":\"utf-8\"},"
            + "\"body\":{\"input\":{\"tr_id\":\(quoted(subscription.trID)),\"tr_key\":\(quoted(subscription.trKey))}}}"
    }

    /// `text` as a JSON string literal (quotes, backslashes and control characters escaped).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
