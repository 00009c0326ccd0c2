/// A frame that is nothing KIS sends: recorded and skipped, never fatal.
///
/// It keeps the reason and the length, not the text: a damaged frame may still hold personal data.
package struct UnreadableFrame: Sendable, Equatable, CustomStringConvertible {
    /// Why the frame was not understood.
    package var reason: String
    /// The frame's length in UTF-8 bytes.
    package var length: Int

    /// Creates the record of an unreadable frame.
    package init(reason: String, length: Int) {
        self.reason = reason
        self.length = length
    }

    package var description: String { "unreadable frame (\(length) bytes): \(reason)" }
}
