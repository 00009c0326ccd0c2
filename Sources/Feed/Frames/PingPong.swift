/// KIS's keep-alive, `{"header":{"tr_id":"PINGPONG","datetime":"YYYYMMDDHHMMSS"}}` (SPEC §7.4).
///
/// The official client answers with a WebSocket pong frame carrying ``text``; others echo ``text`` back as a
/// text frame. Either way the answer is the received text, byte for byte, so it is kept untouched.
package struct PingPong: Sendable, Equatable {
    /// The `tr_id` of keep-alive frames.
    package static let trID = "PINGPONG"

    /// The frame exactly as received: what to echo.
    package var text: String
    /// The server's `datetime` (KST `YYYYMMDDHHMMSS`), if present.
    package var datetime: String?

    /// Creates a keep-alive from its text.
    package init(text: String, datetime: String?) {
        self.text = text
        self.datetime = datetime
    }
}
