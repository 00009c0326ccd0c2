/// A KRX short stock code: six characters (digits, or letters for some ETNs/new listings), for example `005930`.
package struct StockCode: Hashable, Comparable, Sendable, StringCodable, CustomStringConvertible {
    /// The code text.
    package let rawValue: String

    /// Validates a code: 6 or 7 ASCII letters or digits, after trimming KIS's padding.
    package init?(_ text: String) {
        let t = text.trimmingSpaces()
        // Byte checks, not Character properties: this runs once per stored bar when the dashboard loads.
        let bytes = t.utf8
        guard (6...7).contains(bytes.count),
            bytes.allSatisfy({ (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) })
        else { return nil }
        rawValue = t
    }

    package var description: String { rawValue }
    package static func < (lhs: StockCode, rhs: StockCode) -> Bool { lhs.rawValue < rhs.rawValue }

    package static let codableFailure = "bad stock code"
    package static func parse(codableText text: String) -> Self? { Self(text) }
    package var codableText: String { rawValue }
}
