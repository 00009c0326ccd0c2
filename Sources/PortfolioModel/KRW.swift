/// An amount of Korean won, always an integer: money is never floating point.
package struct KRW: Hashable, Comparable, Sendable, Codable, AdditiveArithmetic, CustomStringConvertible {
    /// The amount in whole won.
    package var won: Int64

    /// Creates an amount of `won` won.
    package init(_ won: Int64) { self.won = won }

    package static let zero = KRW(0)

    package static func + (lhs: KRW, rhs: KRW) -> KRW { KRW(lhs.won + rhs.won) }
    package static func - (lhs: KRW, rhs: KRW) -> KRW { KRW(lhs.won - rhs.won) }
    package static func < (lhs: KRW, rhs: KRW) -> Bool { lhs.won < rhs.won }

    /// Thousands-separated with the 원 suffix, for example `1,234,567원`.
    package var description: String { "\(KRW.grouped(won))원" }

    /// Formats an integer with thousands separators (no locale lookup, so output never depends on the machine).
    package static func grouped(_ value: Int64) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }

    package init(from decoder: any Decoder) throws {
        won = try decoder.singleValueContainer().decode(Int64.self)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(won)
    }
}
