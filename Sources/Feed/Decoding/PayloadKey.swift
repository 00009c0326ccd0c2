/// The AES-256-CBC key and IV a subscribe ack hands out for one subscription (`output.key`, `output.iv`).
///
/// Both are the strings as sent: their UTF-8 bytes are the key (32) and the IV (16). Never printed:
/// `description`, `debugDescription` and `dump` show `<redacted>`.
package struct PayloadKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The 32-character key.
    package var key: String
    /// The 16-character IV.
    package var iv: String

    /// Creates a key pair.
    package init(key: String, iv: String) {
        self.key = key
        self.iv = iv
    }

    package var description: String { "<redacted>" }
    package var debugDescription: String { "PayloadKey(<redacted>)" }
    package var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}
