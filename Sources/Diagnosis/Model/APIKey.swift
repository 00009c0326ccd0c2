/// A model provider's API key, read from the environment only.
///
/// It is never printed, logged or stored. /// `description`, `debugDescription` and `dump` show `<redacted>`; only ``revealed`` gives the text, and the
/// only callers are the request builders.
package struct APIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The key, for the request header and nowhere else.
    package let revealed: String

    /// Wraps `value`.
    package init(_ value: String) { revealed = value }

    package var description: String { "<redacted>" }
    package var debugDescription: String { "APIKey(<redacted>)" }
    package var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
