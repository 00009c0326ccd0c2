import Foundation

/// A JSON control message from the server: the answer to a subscribe or unsubscribe (SPEC §7.2).
///
/// Success acks carry `output.key`/`output.iv`, the AES key and IV for that subscription's encrypted
/// frames; they are kept in ``payloadKey`` (redacted when printed). Error acks carry `rt_cd` ≠ `"0"`.
package struct ControlMessage: Sendable, Equatable {
    /// The TR the answer is about (`header.tr_id`).
    package var trID: String
    /// The subscription key (`header.tr_key`): a stock code, or the HTS id for notices.
    package var trKey: String
    /// `header.encrypt`: `true` for `Y`, `false` for `N`, `nil` when absent.
    package var isEncrypted: Bool?
    /// `body.rt_cd`; `"0"` is success.
    package var resultCode: String
    /// `body.msg_cd`, such as `OPSP0000`.
    package var messageCode: String
    /// `body.msg1`, such as `SUBSCRIBE SUCCESS`.
    package var message: String
    /// The AES key and IV from `body.output`, when both are present.
    package var payloadKey: PayloadKey?

    /// Creates a control message.
    package init(
        trID: String, trKey: String, isEncrypted: Bool?, resultCode: String, messageCode: String, message: String,
        payloadKey: PayloadKey?
    ) {
        self.trID = trID
        self.trKey = trKey
        self.isEncrypted = isEncrypted
        self.resultCode = resultCode
        self.messageCode = messageCode
        self.message = message
        self.payloadKey = payloadKey
    }

    /// Reads the `header` and `body` objects of a parsed JSON message, leniently (missing text is empty).
    init(header: [String: Any], body: [String: Any]) {
        let output = body["output"] as? [String: Any]
        let key = JSONText.string(output?["key"]).flatMap { $0.isEmpty ? nil : $0 }
        let iv = JSONText.string(output?["iv"]).flatMap { $0.isEmpty ? nil : $0 }
        let encrypt = JSONText.string(header["encrypt"])?.uppercased()
        self.init(
            trID: JSONText.string(header["tr_id"]) ?? "", trKey: JSONText.string(header["tr_key"]) ?? "",
            isEncrypted: encrypt == "Y" ? true : encrypt == "N" ? false : nil,
            resultCode: (JSONText.string(body["rt_cd"]) ?? "").trimmingCharacters(in: .whitespaces),
            messageCode: (JSONText.string(body["msg_cd"]) ?? "").trimmingCharacters(in: .whitespaces),
            message: JSONText.string(body["msg1"]) ?? "",
            payloadKey: key.flatMap { key in iv.map { PayloadKey(key: key, iv: $0) } })
    }

    /// Whether the server reports success (`rt_cd` `"0"`).
    package var isSuccess: Bool { resultCode == "0" }

    /// What the answer means for the subscription.
    package var outcome: ControlOutcome { ControlOutcome(self) }
}
