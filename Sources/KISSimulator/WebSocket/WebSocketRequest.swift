internal import Foundation

/// A client → server text frame (SPEC §7.2, §7.4), classified.
enum WebSocketRequest {
    /// A subscribe (`tr_type` 1) or unsubscribe (`2`).
    case subscription(approvalKey: String, register: Bool, topic: WebSocketTopic)
    /// The PINGPONG JSON echoed back as a text frame (PYKIS, MOJITO): accepted, not answered.
    case pingEcho
    /// Anything else, answered with this error and the TR id/key it named (if any).
    case invalid(WebSocketReply, trID: String, trKey: String)

    private struct Wire: Decodable {
        struct Header: Decodable {
            var approvalKey: String?
            var trType: String?
            var trID: String?
            enum CodingKeys: String, CodingKey {
                case approvalKey = "approval_key"
                case trType = "tr_type"
                case trID = "tr_id"
            }
        }
        struct Body: Decodable {
            struct Input: Decodable {
                var trID: String?
                var trKey: String?
                enum CodingKeys: String, CodingKey {
                    case trID = "tr_id"
                    case trKey = "tr_key"
                }
            }
            var input: Input?
        }
        var header: Header?
        var body: Body?
    }

    /// Classifies a text frame.
    init(_ text: String) {
        guard let wire = try? JSONDecoder().decode(Wire.self, from: Data(text.utf8)) else {
            self = .invalid(.invalidJSON, trID: "", trKey: "")
            return
        }
        guard let header = wire.header else {
            self = .invalid(.headerNotFound, trID: "", trKey: "")
            return
        }
        if header.trID == "PINGPONG" {
            self = .pingEcho
            return
        }
        guard let input = wire.body?.input else {
            self = .invalid(.invalidJSON, trID: "", trKey: "")
            return
        }
        let trID = input.trID ?? ""
        let trKey = input.trKey ?? ""
        guard let approvalKey = header.approvalKey, !approvalKey.isEmpty else {
            self = .invalid(.approvalNotFound, trID: trID, trKey: trKey)
            return
        }
        guard header.trType == "1" || header.trType == "2" else {
            self = .invalid(.invalidTRType, trID: trID, trKey: trKey)
            return
        }
        self = .subscription(
            approvalKey: approvalKey, register: header.trType == "1", topic: WebSocketTopic(trID: trID, trKey: trKey))
    }
}
