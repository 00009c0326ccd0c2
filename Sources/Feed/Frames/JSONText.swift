/// Lenient reading of JSON values from `JSONSerialization`: KIS sends strings, but a number where a string
/// belongs must not turn an ack into garbage.
enum JSONText {
    /// The value as text: strings as they are, numbers and booleans printed, anything else `nil`.
    static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: text
        case let number as Int: String(number)
        case let number as Double: String(number)
        case let flag as Bool: flag ? "true" : "false"
        default: nil
        }
    }

    /// `text` cut to 40 printable ASCII characters, for messages about frames nobody should trust.
    static func printable(_ text: String) -> String {
        let cleaned = text.unicodeScalars.prefix(40).map { scalar in
            scalar.isASCII && scalar.value >= 0x20 && scalar.value < 0x7F ? Character(scalar) : "?"
        }
        return String(cleaned)
    }
}
