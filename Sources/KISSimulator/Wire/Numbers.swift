/// Number formatting in the KIS wire style: plain decimal strings, fixed places, no grouping.
enum Numbers {
    /// Formats `value` with exactly `places` decimals, rounding half away from zero.
    static func fixed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return places == 0 ? "0" : "0." + String(repeating: "0", count: places) }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e17 else { return String(Int(value)) }
        let whole = Int(scaled)
        let unit = Int(scale)
        let sign = value < 0 && whole != 0 ? "-" : ""
        guard places > 0 else { return sign + String(whole) }
        return sign + String(whole / unit) + "." + pad(whole % unit, places)
    }

    /// A percentage `part / whole × 100`, or 0 when `whole` is 0.
    static func percent(_ part: Double, of whole: Double, places: Int) -> String {
        fixed(whole == 0 ? 0 : part / whole * 100, places: places)
    }

    /// `prdy_vrss_sign`: 1 upper limit, 2 up, 3 unchanged, 4 lower limit, 5 down.
    static func sign(price: Int, previous: Int, upper: Int, lower: Int) -> String {
        if price == previous { return "3" }
        if price > previous { return price >= upper ? "1" : "2" }
        return price <= lower ? "4" : "5"
    }
}
