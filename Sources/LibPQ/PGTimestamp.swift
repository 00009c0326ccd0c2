import Foundation

/// Converts between `Date` and PostgreSQL's ISO `timestamptz` text, without Foundation formatters.
///
/// Hand-written because bulk upserts format thousands of instants per sync, and `DateFormatter`-style APIs
/// cost microseconds each. The calendar arithmetic is Howard Hinnant's days-from-civil algorithm.
enum PGTimestamp {
    /// `YYYY-MM-DD HH:MM:SS.ffffff+00` in UTC (years 0001-9999).
    static func format(_ date: Date) -> String {
        let micros = Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
        let seconds = floorDiv(micros, 1_000_000)
        let fraction = micros - seconds * 1_000_000
        let days = floorDiv(seconds, 86_400)
        let secondOfDay = seconds - days * 86_400
        let (y, m, d) = civil(fromDays: days)
        var out: [UInt8] = []
        out.reserveCapacity(30)
        appendDigits(y, 4, &out)
        out.append(UInt8(ascii: "-"))
        appendDigits(m, 2, &out)
        out.append(UInt8(ascii: "-"))
        appendDigits(d, 2, &out)
        out.append(UInt8(ascii: " "))
        appendDigits(secondOfDay / 3600, 2, &out)
        out.append(UInt8(ascii: ":"))
        appendDigits(secondOfDay / 60 % 60, 2, &out)
        out.append(UInt8(ascii: ":"))
        appendDigits(secondOfDay % 60, 2, &out)
        out.append(UInt8(ascii: "."))
        appendDigits(fraction, 6, &out)
        out.append(contentsOf: "+00".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// Parses `YYYY-MM-DD HH:MM:SS[.f…]±HH[:MM[:SS]]`; `nil` for anything else (BC dates, infinity).
    static func parse(_ text: String) -> Date? {
        var scanner = Scanner(bytes: Array(text.utf8))
        guard let y = scanner.number(digits: 4), scanner.skip("-"), let mo = scanner.number(digits: 2),
            scanner.skip("-"), let d = scanner.number(digits: 2), scanner.skip(" "),
            let h = scanner.number(digits: 2), scanner.skip(":"), let mi = scanner.number(digits: 2),
            scanner.skip(":"), let s = scanner.number(digits: 2)
        else { return nil }
        var micros: Int64 = 0
        if scanner.skip(".") {
            var scale: Int64 = 100_000
            while let digit = scanner.digit() {
                micros += digit * scale
                scale /= 10
            }
        }
        guard let sign = scanner.sign(), let oh = scanner.number(digits: 2) else { return nil }
        var offset = oh * 3600
        if scanner.skip(":"), let om = scanner.number(digits: 2) { offset += om * 60 }
        if scanner.skip(":"), let os = scanner.number(digits: 2) { offset += os }
        guard scanner.atEnd else { return nil }
        let seconds = days(fromCivil: y, mo, d) * 86_400 + h * 3600 + mi * 60 + s - sign * offset
        return Date(timeIntervalSince1970: Double(seconds) + Double(micros) / 1_000_000)
    }

    /// Microseconds from 1970-01-01 to 2000-01-01, PostgreSQL's epoch for binary timestamps and dates.
    static let postgresEpochMicros: Int64 = 946_684_800_000_000

    /// The instant `micros` microseconds after 2000-01-01 UTC (binary `timestamptz`), built exactly as ``parse(_:)``
    /// builds it from text, so the two formats give equal `Date`s.
    static func date(microsecondsSince2000 micros: Int64) -> Date {
        let unix = micros + postgresEpochMicros
        let seconds = floorDiv(unix, 1_000_000)
        return Date(timeIntervalSince1970: Double(seconds) + Double(unix - seconds * 1_000_000) / 1_000_000)
    }

    /// `date` as microseconds since 2000-01-01 UTC, rounded as ``format(_:)`` rounds.
    static func microsecondsSince2000(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000).rounded()) - postgresEpochMicros
    }

    private static func civil(fromDays n: Int64) -> (Int64, Int64, Int64) {
        let z = n + 719_468
        let era = floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static func days(fromCivil year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = floorDiv(y, 400)
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    /// Appends the last `width` decimal digits of a non-negative `value`, zero-padded.
    private static func appendDigits(_ value: Int64, _ width: Int, _ out: inout [UInt8]) {
        var divisor: Int64 = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            out.append(UInt8(48 + (rest / divisor) % 10))
            rest %= divisor
            divisor /= 10
        }
    }

    /// A cursor over ASCII bytes.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }

        mutating func skip(_ char: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: char) else { return false }
            index += 1
            return true
        }

        mutating func digit() -> Int64? {
            guard index < bytes.count, (48...57).contains(bytes[index]) else { return nil }
            defer { index += 1 }
            return Int64(bytes[index] - 48)
        }

        mutating func number(digits count: Int) -> Int64? {
            var value: Int64 = 0
            for _ in 0..<count {
                guard let d = digit() else { return nil }
                value = value * 10 + d
            }
            return value
        }

        mutating func sign() -> Int64? {
            if skip("+") { return 1 }
            if skip("-") { return -1 }
            return nil
        }
    }
}

extension Date {
    /// This instant as a `timestamptz`'s binary value: microseconds since 2000-01-01 UTC, rounded as the server
    /// rounds (the value a binary COPY or a text parameter stores).
    package var pgMicrosecondsSince2000: Int64 { PGTimestamp.microsecondsSince2000(self) }

    /// The instant of a `timestamptz`'s binary value, as the binary decoder builds it.
    package init(pgMicrosecondsSince2000 micros: Int64) { self = PGTimestamp.date(microsecondsSince2000: micros) }
}
