/// A civil date in Korea Standard Time, stored as a day number so that arithmetic is trivial.
///
/// KST is UTC+9 with no daylight saving, so the simulator does the calendar arithmetic itself
/// instead of depending on the machine's time-zone database.
package struct KSTDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    package let dayNumber: Int

    /// Creates a date from a day number (days since 1970-01-01).
    package init(dayNumber: Int) {
        self.dayNumber = dayNumber
    }

    /// Creates a date from its civil fields, or returns nil when the fields do not name a real day.
    package init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let candidate = KSTDate(dayNumber: Self.days(year: year, month: month, day: day))
        guard candidate.year == year, candidate.month == month, candidate.day == day else { return nil }
        self = candidate
    }

    /// Parses `YYYYMMDD` or `YYYY-MM-DD`.
    package init?(parsing text: some StringProtocol) {
        let digits = String(text.filter { $0 != "-" })
        guard digits.count == 8, digits.allSatisfy(\.isASCII), let value = Int(digits) else { return nil }
        self.init(year: value / 10000, month: value / 100 % 100, day: value % 100)
    }

    package var year: Int { civil.year }
    package var month: Int { civil.month }
    package var day: Int { civil.day }

    /// 0 = Sunday … 6 = Saturday.
    package var weekday: Int { ((dayNumber % 7) + 7 + 4) % 7 }

    /// True on Saturday and Sunday.
    package var isWeekend: Bool { weekday == 0 || weekday == 6 }

    /// `YYYYMMDD`, the KIS wire form.
    package var compact: String {
        let c = civil
        return pad(c.year, 4) + pad(c.month, 2) + pad(c.day, 2)
    }

    /// `YYYY-MM-DD`.
    package var iso: String {
        let c = civil
        return pad(c.year, 4) + "-" + pad(c.month, 2) + "-" + pad(c.day, 2)
    }

    package var description: String { iso }

    /// The date `n` calendar days later (negative for earlier).
    package func adding(days n: Int) -> KSTDate { KSTDate(dayNumber: dayNumber + n) }

    package static func < (lhs: KSTDate, rhs: KSTDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    // Howard Hinnant's days_from_civil / civil_from_days.
    private static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    private var civil: (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// Zero-pads a non-negative integer to `width` digits.
func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
