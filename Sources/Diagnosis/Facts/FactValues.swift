package import PortfolioModel

/// An amount of won in a fact sheet, written in JSON as Korean text with its unit (`"3,075,000원"`).
///
/// The unit travels with the number so a model reads it unambiguously and tends to copy it verbatim, and so
/// the grounding check can tell amounts from percentages when it walks the JSON.
package struct Won: Hashable, Comparable, Sendable, StringCodable, CustomStringConvertible {
    /// The amount in whole won.
    package var won: Int64

    /// Creates an amount.
    package init(_ won: Int64) { self.won = won }

    /// Creates an amount from a model value.
    package init(_ krw: KRW) { won = krw.won }

    /// `1,234원`, `-1,234원`.
    package var description: String { KRW(won).description }

    /// `+1,234원`, `-1,234원`, `0원`: for gains and losses.
    package var signed: String { (won > 0 ? "+" : "") + description }

    package static func < (lhs: Won, rhs: Won) -> Bool { lhs.won < rhs.won }

    package static let codableFailure = "not won"

    /// Reads `1,234원`.
    package static func parse(codableText text: String) -> Won? {
        guard text.hasSuffix("원"), let value = Int64(text.dropLast().filter { $0 != "," }) else { return nil }
        return Won(value)
    }

    package var codableText: String { description }
}

/// A percentage in a fact sheet (two decimals), written in JSON as text with its unit (`"14.42%"`).
package struct Rate: Hashable, Comparable, Sendable, StringCodable, CustomStringConvertible {
    /// The value in hundredths of a percent.
    package var hundredths: Int64

    /// Creates a rate from hundredths of a percent.
    package init(hundredths: Int64) { self.hundredths = hundredths }

    /// Creates a rate from a model percentage.
    package init(_ percent: Percent) { hundredths = percent.hundredths }

    /// `numerator / denominator` as a rate; zero when the denominator is zero.
    package static func ratio(_ numerator: Int64, _ denominator: Int64) -> Rate {
        Rate(Percent.ratio(numerator, denominator) ?? .zero)
    }

    /// A rate from a fraction (0.1234 is 12.34 %), rounded half away from zero.
    package static func fraction(_ value: Double) -> Rate {
        Rate(hundredths: Int64((value * 10_000).rounded(.toNearestOrAwayFromZero)))
    }

    /// `14.42%`, `-3.77%` (no plus sign: for shares and ratios).
    package var description: String { FixedPoint.format(hundredths, scale: 2) + "%" }

    /// `+4.68%`, `-3.77%`, `0.00%`: for changes.
    package var signed: String { Percent(hundredths: hundredths).description }

    package static func < (lhs: Rate, rhs: Rate) -> Bool { lhs.hundredths < rhs.hundredths }

    package static let codableFailure = "not a rate"

    /// Reads `14.42%`.
    package static func parse(codableText text: String) -> Rate? {
        guard text.hasSuffix("%"), let percent = Percent(text: String(text.dropLast())) else { return nil }
        return Rate(hundredths: percent.hundredths)
    }

    package var codableText: String { description }
}
