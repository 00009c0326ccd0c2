/// A moment in simulated time, shown in Korea Standard Time (UTC+9, no daylight saving).
package struct KSTTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    package var secondsSinceEpoch: Double

    /// KST is nine hours ahead of UTC all year.
    static let offset: Double = 9 * 3600

    /// Creates a moment from seconds since the Unix epoch.
    package init(secondsSinceEpoch: Double) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    /// Creates a moment from a KST date and a second of that day.
    package init(date: KSTDate, secondOfDay: Double) {
        self.secondsSinceEpoch = Double(date.dayNumber) * 86400 + secondOfDay - Self.offset
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS` followed by `Z`, `±HH:MM` or nothing (nothing means KST).
    package init?(parsing text: String) {
        let chars = Array(text)
        guard chars.count >= 19, chars[10] == "T" || chars[10] == " ",
            let date = KSTDate(parsing: String(chars[0..<10])),
            let h = Int(String(chars[11..<13])), let m = Int(String(chars[14..<16])),
            let s = Int(String(chars[17..<19])), h < 24, m < 60, s < 61
        else { return nil }
        var fraction = 0.0
        var rest = chars[19...]
        if rest.first == "." {
            let digits = rest.dropFirst().prefix { $0.isNumber }
            fraction = Double("0." + String(digits)) ?? 0
            rest = rest.dropFirst(1 + digits.count)
        }
        var zoneOffset = Self.offset
        if rest.first == "Z" {
            zoneOffset = 0
        } else if let sign = rest.first, sign == "+" || sign == "-" {
            let zone = String(rest.dropFirst()).split(separator: ":")
            guard zone.count == 2, let zh = Int(zone[0]), let zm = Int(zone[1]) else { return nil }
            zoneOffset = Double(zh * 3600 + zm * 60) * (sign == "-" ? -1 : 1)
        } else if !rest.isEmpty {
            return nil
        }
        let local = Double(date.dayNumber) * 86400 + Double(h * 3600 + m * 60 + s) + fraction
        self.secondsSinceEpoch = local - zoneOffset
    }

    private var local: Double { secondsSinceEpoch + Self.offset }

    /// The KST calendar date of this moment.
    package var date: KSTDate { KSTDate(dayNumber: Int((local / 86400).rounded(.down))) }

    /// Seconds since KST midnight, including the fraction.
    package var secondOfDay: Double { local - Double(date.dayNumber) * 86400 }

    /// Whole seconds since KST midnight.
    package var wholeSecondOfDay: Int { Int(secondOfDay.rounded(.down)) }

    /// `HHMMSS`, the KIS wire form of a time of day.
    package var compactTime: String { Self.compactTime(wholeSecondOfDay) }

    /// `YYYY-MM-DD HH:MM:SS`, the form of tokenP's `access_token_token_expired`.
    package var tokenExpiryText: String {
        let s = wholeSecondOfDay
        return date.iso + " " + pad(s / 3600, 2) + ":" + pad(s / 60 % 60, 2) + ":" + pad(s % 60, 2)
    }

    /// ISO 8601 with the +09:00 offset.
    package var description: String {
        let s = wholeSecondOfDay
        return date.iso + "T" + pad(s / 3600, 2) + ":" + pad(s / 60 % 60, 2) + ":" + pad(s % 60, 2) + "+09:00"
    }

    /// This moment moved by a number of seconds.
    package func adding(seconds: Double) -> KSTTime { KSTTime(secondsSinceEpoch: secondsSinceEpoch + seconds) }

    /// `HHMMSS` for a second of the day.
    static func compactTime(_ second: Int) -> String {
        pad(second / 3600, 2) + pad(second / 60 % 60, 2) + pad(second % 60, 2)
    }

    package static func < (lhs: KSTTime, rhs: KSTTime) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }
}
