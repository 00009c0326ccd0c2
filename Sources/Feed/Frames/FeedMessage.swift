import Foundation

/// One text frame from the KIS WebSocket, classified (SPEC §7.1–7.4).
///
/// ``parse(_:)`` never throws and never traps: whatever arrives becomes a value, and text that is nothing
/// KIS sends becomes ``unreadable(_:)``, so one bad frame can never end the receive loop.
package enum FeedMessage: Sendable, Equatable {
    /// A subscribe/unsubscribe acknowledgement or error (JSON with a `body`).
    case control(ControlMessage)
    /// The server's keep-alive; answer with its exact text.
    case ping(PingPong)
    /// A data frame `<enc>|<tr_id>|<count>|<payload>`.
    case data(DataFrame)
    /// Anything else.
    case unreadable(UnreadableFrame)

    /// Classifies `text`.
    /// - Parameter text: One text frame, exactly as received.
    /// - Returns: The classified message; never fails.
    package static func parse(_ text: String) -> FeedMessage {
        guard let first = text.utf8.first(where: { !isSpace($0) }) else {
            return .unreadable(UnreadableFrame(reason: "empty frame", length: text.utf8.count))
        }
        switch first {
        case UInt8(ascii: "{"):
            return parseJSON(text)
        case UInt8(ascii: "0"), UInt8(ascii: "1"):
            switch DataFrame.parse(text) {
            case .success(let frame): return .data(frame)
            case .failure(let error):
                return .unreadable(UnreadableFrame(reason: error.message, length: text.utf8.count))
            }
        default:
            return .unreadable(UnreadableFrame(reason: "neither JSON nor a data frame", length: text.utf8.count))
        }
    }

    private static func parseJSON(_ text: String) -> FeedMessage {
        let unreadable = { (reason: String) in
            FeedMessage.unreadable(UnreadableFrame(reason: reason, length: text.utf8.count))
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)),
            let root = object as? [String: Any]
        else { return unreadable("invalid JSON") }
        guard let header = root["header"] as? [String: Any] else { return unreadable("JSON without a header") }
        let trID = JSONText.string(header["tr_id"]) ?? ""
        if trID == PingPong.trID {
            return .ping(PingPong(text: text, datetime: JSONText.string(header["datetime"])))
        }
        guard let body = root["body"] as? [String: Any] else {
            return unreadable("JSON control message without a body (tr_id \(JSONText.printable(trID)))")
        }
        return .control(ControlMessage(header: header, body: body))
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
