package import Foundation

/// Korea Standard Time helpers.
///
/// KST is UTC+9 with no daylight saving, so nothing here reads the machine's zone.
package enum KST {
    /// Seconds east of UTC.
    package static let offsetSeconds: Int64 = 9 * 3600
    /// A fixed UTC+9 zone for Foundation APIs that want one.
    package static let timeZone = TimeZone(secondsFromGMT: 9 * 3600) ?? .gmt

    /// The KST time of day of an instant.
    package static func timeOfDay(_ instant: Date) -> KSTTime {
        let s = Int64(instant.timeIntervalSince1970.rounded(.down)) + offsetSeconds
        let sec = Int(((s % 86_400) + 86_400) % 86_400)
        return KSTTime(secondOfDay: sec)
    }

    /// `2025-12-04 10:30:00` in KST (what KIS uses for token expiry, and what reports print).
    package static func format(_ instant: Date) -> String {
        "\(TradeDate(instant).iso) \(timeOfDay(instant).colonSeparated)"
    }

    /// Parses KIS's `YYYY-MM-DD HH:MM:SS` (KST), as in `access_token_token_expired`.
    package static func parse(_ text: String) -> Date? {
        let parts = text.trimmingSpaces().split(separator: " ")
        guard parts.count == 2, let d = TradeDate(String(parts[0])), let t = KSTTime(String(parts[1])) else {
            return nil
        }
        return d.at(t)
    }

    /// The instant truncated to the start of its minute.
    package static func minuteStart(_ instant: Date) -> Date {
        let s = instant.timeIntervalSince1970.rounded(.down)
        return Date(timeIntervalSince1970: s - s.truncatingRemainder(dividingBy: 60))
    }
}

/// A time of day in KST, to the second.
package struct KSTTime: Hashable, Comparable, Sendable, StringCodable, CustomStringConvertible {
    /// Seconds since midnight, 0..<86400.
    package let secondOfDay: Int

    /// Creates a time from seconds since midnight.
    package init(secondOfDay: Int) { self.secondOfDay = min(max(secondOfDay, 0), 86_399) }

    /// Creates a time; `nil` if out of range.
    package init?(hour: Int, minute: Int, second: Int = 0) {
        guard (0..<24).contains(hour), (0..<60).contains(minute), (0..<60).contains(second) else { return nil }
        secondOfDay = hour * 3600 + minute * 60 + second
    }

    /// Parses KIS's `HHMMSS` (or `HHMM`), or `HH:MM:SS`.
    package init?(_ text: String) {
        let digits = text.trimmingSpaces().filter { $0 != ":" }
        guard digits.count == 6 || digits.count == 4, let n = Int(digits) else { return nil }
        let v = digits.count == 4 ? n * 100 : n
        self.init(hour: v / 10_000, minute: v / 100 % 100, second: v % 100)
    }

    package var hour: Int { secondOfDay / 3600 }
    package var minute: Int { secondOfDay / 60 % 60 }
    package var second: Int { secondOfDay % 60 }

    /// KIS's `HHMMSS`.
    package var compact: String { String(format: "%02d%02d%02d", hour, minute, second) }
    /// `HH:MM` (the seconds dropped), as the settings file writes session times.
    package var hourMinute: String { String(format: "%02d:%02d", hour, minute) }
    /// `HH:MM:SS`.
    package var colonSeparated: String { String(format: "%02d:%02d:%02d", hour, minute, second) }
    package var description: String { colonSeparated }

    package static func < (lhs: KSTTime, rhs: KSTTime) -> Bool { lhs.secondOfDay < rhs.secondOfDay }

    package static let codableFailure = "bad time"
    package static func parse(codableText text: String) -> Self? { Self(text) }
    package var codableText: String { colonSeparated }
}
