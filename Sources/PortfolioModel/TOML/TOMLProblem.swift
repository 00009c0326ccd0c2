/// What is wrong with a TOML document or one of its values, as a value each module words for its own users.
///
/// ``TOMLReader`` throws it; `Settings` (the settings file) and `Dashboard` (templates) turn it into their own error
/// type, so the one reader serves both without either module's wording or error type leaking into the other.
package struct TOMLProblem: Error, Sendable, Equatable {
    /// The kind of value a key was expected to hold.
    package enum Expected: Sendable, Equatable {
        case string
        case wholeNumber
        /// An integer or a floating-point number.
        case number
        case bool
        /// An array whose every element is a string.
        case strings
        /// A table (`[section]` or an inline table).
        case table
    }

    /// What went wrong.
    package enum Kind: Sendable, Equatable {
        /// The text is not TOML; the position is 1-based, `nil` when the parser gave none.
        case syntax(String, line: Int?, column: Int?)
        /// The key holds another kind of value.
        case wrongType(Expected)
        /// The number is outside the allowed range; all three as the number's own description (`200.0`, `1`).
        case outOfRange(value: String, lowerBound: String, upperBound: String)
        /// The table has a key no reader asked for (most likely a typo).
        case unknownKey
        /// The caller rejected the value; `message` says why in the caller's words.
        case invalid(String)
    }

    /// The dotted path of the table holding the key (`""` for the document's root).
    package var table: String
    /// The key within ``table`` (`""` for a syntax error).
    package var key: String
    /// What went wrong.
    package var kind: Kind

    /// Creates a problem.
    package init(table: String, key: String, kind: Kind) {
        self.table = table
        self.key = key
        self.kind = kind
    }

    /// The key with its table's path (`colors.up`).
    package var dottedKey: String { table.isEmpty ? key : "\(table).\(key)" }
}
