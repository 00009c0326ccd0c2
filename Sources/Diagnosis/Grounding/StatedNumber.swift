/// A number written in a sentence, with its unit and precision (`1,234원`, `약 307만 원`, `-3.8%`, `30주`).
package struct StatedNumber: Sendable, Hashable {
    /// What the unit says the number is.
    package enum Kind: Sendable, Hashable {
        /// Won (`원`, or a `만`/`억`/`조` multiplier).
        case amount
        /// A percentage (`%`, `%p`, `퍼센트`).
        case rate
        /// Anything else: counts, quantities, days, dates.
        case plain
    }

    /// The value in its base unit (won, percent, or as written).
    package var value: Double
    /// The rounding step its writing implies: 0.1 for `3.8%`, 10,000 for `307만원`.
    package var step: Double
    package var kind: Kind
    /// Written with `+` or `-`.
    package var hasExplicitSign: Bool
    /// The text as written, for reports.
    package var text: String

    /// Creates a number.
    package init(value: Double, step: Double, kind: Kind, hasExplicitSign: Bool, text: String) {
        self.value = value
        self.step = step
        self.kind = kind
        self.hasExplicitSign = hasExplicitSign
        self.text = text
    }
}
