/// A credential (app key, app secret, access token) that must never be printed.
///
/// `description`, `debugDescription` and `dump` all show `<redacted>`; only ``revealed`` gives the text,
/// and the only callers are the request builder and the token cache writer.
package struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The secret text.
    ///
    /// Put it on the wire or in the 0600 cache file, nowhere else.
    package let revealed: String

    /// Wraps `value`.
    package init(_ value: String) { revealed = value }

    /// Whether the secret is empty.
    package var isEmpty: Bool { revealed.isEmpty }

    package var description: String { "<redacted>" }
    package var debugDescription: String { "Secret(<redacted>)" }
    package var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
