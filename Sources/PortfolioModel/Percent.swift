/// A percentage kept to exactly two decimals, stored as hundredths of a percent (4.68 % is 468).
package struct Percent: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The value in hundredths of a percent.
    package var hundredths: Int64

    /// Creates a percentage from hundredths of a percent.
    package init(hundredths: Int64) { self.hundredths = hundredths }

    /// Parses decimal text such as `"-3.77"` or `"0.15000000"`, rounding to two decimals.
    package init?(text: String) {
        guard let v = FixedPoint.parse(text, scale: 2) else { return nil }
        hundredths = v
    }

    /// The ratio `numerator / denominator` as a percentage, rounded half away from zero; `nil` if the denominator is 0.
    package static func ratio(_ numerator: Int64, _ denominator: Int64) -> Percent? {
        guard denominator != 0 else { return nil }
        let (scaled, overflow) = numerator.multipliedReportingOverflow(by: 10_000)
        guard !overflow else { return nil }
        let negative = (scaled < 0) != (denominator < 0)
        let n = scaled.magnitude, d = denominator.magnitude
        let q = (n + d / 2) / d  // integer rounding half away from zero
        return Percent(hundredths: negative ? -Int64(q) : Int64(q))
    }

    package static let zero = Percent(hundredths: 0)

    package static func < (lhs: Percent, rhs: Percent) -> Bool { lhs.hundredths < rhs.hundredths }

    /// Signed, two decimals, for example `+4.68%`, `-3.77%`, `0.00%`.
    package var description: String {
        (hundredths > 0 ? "+" : "") + FixedPoint.format(hundredths, scale: 2) + "%"
    }

    /// The decimal text without sign decoration, for example `4.68` (for storage).
    package var decimalText: String { FixedPoint.format(hundredths, scale: 2) }

    package init(from decoder: any Decoder) throws {
        hundredths = try decoder.singleValueContainer().decode(Int64.self)
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(hundredths)
    }
}
