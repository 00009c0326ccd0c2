/// A value that JSON carries as one string: encoded as ``codableText``, decoded through ``parse(codableText:)``.
///
/// Dates, times, stock codes and the fact sheet's amounts and rates are written this way. The conformance
/// supplies `init(from:)` and `encode(to:)`, so each type states only its text and what a bad one is called.
package protocol StringCodable: Codable {
    /// What a decoding error calls text that is not such a value, for example `bad date`.
    static var codableFailure: String { get }

    /// Reads the value from its JSON text; `nil` when the text is not one.
    ///
    /// A static function rather than an initializer, so `TradeDate.init` and the like stay unambiguous.
    static func parse(codableText text: String) -> Self?

    /// The text JSON carries.
    var codableText: String { get }
}

extension StringCodable {
    /// Decodes the value from one string.
    /// - Throws: `DecodingError.dataCorrupted` (``codableFailure``) for text that is not a value.
    package init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self.parse(codableText: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: Self.codableFailure))
        }
        self = value
    }

    /// Encodes ``codableText`` as one string.
    package func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(codableText)
    }
}
