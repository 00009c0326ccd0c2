/// Exact parsing and formatting of decimal text as scaled integers.
///
/// KIS sends every number as a decimal string ("65530.7006", "-3.77", "0.00000000") and PostgreSQL returns
/// `numeric` as text. Going through `Double` would lose exactness, so both sides parse with this.
package enum FixedPoint {
    /// Parses decimal text into an integer scaled by 10^`scale`, rounding half away from zero.
    ///
    /// Accepts an optional sign, digits, and an optional fraction. Surrounding spaces are ignored.
    /// - Returns: `nil` for empty or malformed text, or on overflow.
    package static func parse(_ text: String, scale: Int) -> Int64? {
        let s = text.trimmingSpaces()
        guard !s.isEmpty else { return nil }
        var chars = Substring(s)
        var negative = false
        if let first = chars.first, first == "-" || first == "+" {
            negative = first == "-"
            chars = chars.dropFirst()
        }
        let parts = chars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let intPart = parts[0]
        let fracPart = parts.count > 1 ? parts[1] : ""
        guard !(intPart.isEmpty && fracPart.isEmpty) else { return nil }
        guard intPart.allSatisfy(\.isASCIIDigit), fracPart.allSatisfy(\.isASCIIDigit) else { return nil }
        var value: Int64 = 0
        for ch in intPart {
            guard let v = mulAdd(value, ch) else { return nil }
            value = v
        }
        let frac = Array(fracPart)
        for i in 0..<scale {
            guard let v = mulAdd(value, i < frac.count ? frac[i] : "0") else { return nil }
            value = v
        }
        if frac.count > scale, let next = frac[scale].wholeNumberValue, next >= 5 {
            guard value < Int64.max else { return nil }
            value += 1
        }
        return negative ? -value : value
    }

    /// Formats a scaled integer with exactly `scale` fraction digits, for example `format(468, scale: 2)` is `4.68`.
    package static func format(_ scaled: Int64, scale: Int, grouping: Bool = false) -> String {
        var p: Int64 = 1
        for _ in 0..<scale { p *= 10 }
        let mag = scaled.magnitude
        let whole = Int64(mag / UInt64(p))
        let wholeText = grouping ? KRW.grouped(whole) : String(whole)
        let sign = scaled < 0 ? "-" : ""
        guard scale > 0 else { return sign + wholeText }
        var frac = String(mag % UInt64(p))
        while frac.count < scale { frac = "0" + frac }
        return "\(sign)\(wholeText).\(frac)"
    }

    private static func mulAdd(_ value: Int64, _ ch: Character) -> Int64? {
        guard let d = ch.wholeNumberValue else { return nil }
        let (m, o1) = value.multipliedReportingOverflow(by: 10)
        let (a, o2) = m.addingReportingOverflow(Int64(d))
        return o1 || o2 ? nil : a
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
    /// The string without leading and trailing spaces (KIS pads text fields with spaces).
    package func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
