package import Foundation
package import PortfolioModel

/// Korean number and time formats for the dashboard; no locale lookup, so output never depends on the machine.
package enum KoreanFormat {
    /// `1,234,567원`.
    package static func won(_ amount: KRW) -> String { amount.description }

    /// `+12,345원`, `-12,345원`, `0원`.
    package static func signedWon(_ amount: KRW) -> String { (amount.won > 0 ? "+" : "") + amount.description }

    /// `71,500` (a price without the unit, for table cells and axes).
    package static func price(_ amount: KRW) -> String { KRW.grouped(amount.won) }

    /// `1,234주`.
    package static func shares(_ quantity: Int64) -> String { "\(KRW.grouped(quantity))주" }

    /// `+4.68%`, `-3.77%`, `0.00%`.
    package static func percent(_ value: Percent) -> String { value.description }

    /// `12.34%` without a sign (weights and shares of a whole).
    package static func share(_ value: Percent) -> String { value.decimalText + "%" }

    /// Short amounts for axes and legends: `1.2억`, `3,450만`, `9,800`.
    package static func compact(_ value: Int64) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = value.magnitude
        if magnitude >= 100_000_000 {
            let tenths = (magnitude * 10 + 50_000_000) / 100_000_000
            let whole = KRW.grouped(Int64(tenths / 10))
            return sign + (tenths % 10 == 0 ? "\(whole)억" : "\(whole).\(tenths % 10)억")
        }
        if magnitude >= 10_000 {
            return sign + KRW.grouped(Int64((magnitude + 5_000) / 10_000)) + "만"
        }
        return sign + KRW.grouped(Int64(magnitude))
    }

    /// `2025-12-04 10:30:00 KST`.
    package static func timestamp(_ instant: Date) -> String { KST.format(instant) + " KST" }

    /// `10:30`.
    package static func hourMinute(_ instant: Date) -> String {
        let t = KST.timeOfDay(instant)
        return String(format: "%02d:%02d", t.hour, t.minute)
    }

    /// How long ago `then` was at `now`: `방금`, `7분 전`, `2시간 5분 전`, `3일 전`.
    package static func age(of then: Date, at now: Date) -> String {
        let minutes = Int((now.timeIntervalSince(then) / 60).rounded(.down))
        if minutes < 1 { return "방금" }
        if minutes < 60 { return "\(minutes)분 전" }
        if minutes < 24 * 60 {
            return minutes % 60 == 0 ? "\(minutes / 60)시간 전" : "\(minutes / 60)시간 \(minutes % 60)분 전"
        }
        return "\(minutes / (24 * 60))일 전"
    }
}
