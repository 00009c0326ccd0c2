package import Foundation

/// A calendar date in Korea (KST), such as a trade date or an order date.
///
/// No time, no zone.
package struct TradeDate: Hashable, Comparable, Sendable, StringCodable, CustomStringConvertible {
    package let year: Int
    package let month: Int
    package let day: Int

    /// Creates a date; `nil` if it does not exist.
    package init?(year: Int, month: Int, day: Int) {
        guard (1900...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= TradeDate.daysInMonth(year, month)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// Parses KIS's `YYYYMMDD` or ISO `YYYY-MM-DD`.
    package init?(_ text: String) {
        let digits = text.trimmingSpaces().filter { $0 != "-" }
        guard digits.count == 8, let n = Int(digits) else { return nil }
        self.init(year: n / 10_000, month: n / 100 % 100, day: n % 100)
    }

    /// The KST calendar date of an instant (KST is UTC+9 all year: Korea has no daylight saving).
    package init(_ instant: Date) {
        let kstSeconds = Int64((instant.timeIntervalSince1970).rounded(.down)) + KST.offsetSeconds
        self.init(daysSinceEpoch: Int(kstSeconds.floorDiv(86_400)))
    }

    /// The date `n` days after 1970-01-01.
    package init(daysSinceEpoch n: Int) {
        // Howard Hinnant's civil-from-days algorithm.
        let z = n + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        (year, month, day) = (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Days since 1970-01-01.
    package var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `n` days later (or earlier for negative `n`).
    package func adding(days n: Int) -> TradeDate { TradeDate(daysSinceEpoch: daysSinceEpoch + n) }

    /// ISO weekday: 1 Monday … 7 Sunday.
    package var isoWeekday: Int { ((daysSinceEpoch % 7 + 7) % 7 + 3) % 7 + 1 }
    /// Saturday or Sunday.
    package var isWeekend: Bool { isoWeekday >= 6 }

    /// KIS's `YYYYMMDD`.
    package var compact: String { String(format: "%04d%02d%02d", year, month, day) }
    /// ISO `YYYY-MM-DD`.
    package var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }
    package var description: String { iso }

    /// The instant of `time` on this date in KST.
    package func at(_ time: KSTTime) -> Date {
        let s = Int64(daysSinceEpoch) * 86_400 + Int64(time.secondOfDay) - KST.offsetSeconds
        return Date(timeIntervalSince1970: TimeInterval(s))
    }

    package static func < (lhs: TradeDate, rhs: TradeDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    package static let codableFailure = "bad date"
    package static func parse(codableText text: String) -> Self? { Self(text) }
    package var codableText: String { iso }
}

extension Int64 {
    fileprivate func floorDiv(_ d: Int64) -> Int64 {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
}
