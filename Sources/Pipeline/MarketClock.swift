package import Foundation
package import PortfolioModel
package import Settings

/// A trading session in KST, such as KRX regular 09:00–15:30.
package struct Session: Sendable, Hashable {
    package var name: String
    package var open: KSTTime
    package var close: KSTTime

    /// Creates a session.
    package init(name: String, open: KSTTime, close: KSTTime) {
        self.name = name
        self.open = open
        self.close = close
    }

    /// Whether `time` falls within the session (open inclusive, close inclusive: the closing minute still counts).
    package func contains(_ time: KSTTime) -> Bool { time >= open && time <= close }
}

/// Whether a session is open at a moment, and if not, why (the schedule's view; the dashboard's header has its
/// own `Dashboard.MarketStatus`).
package enum SessionStatus: Sendable, Equatable {
    case open(Session)
    case closed(reason: String)

    /// `true` when a session is open.
    package var isOpen: Bool {
        if case .open = self { return true }
        return false
    }
}

/// The market clock: trading days from KIS's calendar (cached), weekends and the override file; sessions in KST.
///
/// Pure: every answer is a function of the instant and the data given, computed in KST directly (UTC+9, no
/// daylight saving), so the machine's time zone never matters.
package struct MarketClock: Sendable {
    /// The sessions, in order (KRX regular, and NXT's 08:00–20:00 span when enabled).
    package var sessions: [Session]
    /// KIS's calendar by day; a day missing from it falls back to "weekdays are open".
    package var calendar: [TradeDate: MarketDay]
    /// Local closures and openings.
    package var overrides: CalendarOverrides

    /// Creates a clock.
    package init(sessions: [Session], calendar: [MarketDay] = [], overrides: CalendarOverrides = CalendarOverrides()) {
        self.sessions = sessions
        self.calendar = Dictionary(calendar.map { ($0.date, $0) }, uniquingKeysWith: { _, last in last })
        self.overrides = overrides
    }

    /// The sessions `settings` configure, widened by `margin_minutes` on both sides.
    package static func sessions(_ settings: ScheduleSection) -> [Session] {
        let margin = settings.marginMinutes * 60
        func session(_ name: String, _ open: String, _ close: String) -> Session {
            Session(
                name: name, open: KSTTime(secondOfDay: time(open).secondOfDay - margin),
                close: KSTTime(secondOfDay: time(close).secondOfDay + margin))
        }
        var sessions = [session("KRX", settings.krxOpen, settings.krxClose)]
        if settings.nxtEnabled { sessions.append(session("NXT", settings.nxtOpen, settings.nxtClose)) }
        return sessions
    }

    private static func time(_ text: String) -> KSTTime {
        KSTTime(text + ":00") ?? KSTTime(secondOfDay: 0)
    }

    /// Why `day` is not a trading day, or `nil` when it is one.
    package func closure(on day: TradeDate) -> String? {
        if overrides.opened.contains(day) { return nil }
        if let reason = overrides.closed[day] { return "\(day.iso) is closed (\(reason))" }
        if day.isWeekend { return "\(day.iso) is a \(day.isoWeekday == 6 ? "Saturday" : "Sunday")" }
        if let entry = calendar[day], !entry.isOpen { return "\(day.iso) is a market holiday (KIS calendar)" }
        return nil
    }

    /// The market at `instant`.
    package func status(at instant: Date) -> SessionStatus {
        let day = TradeDate(instant)
        if let reason = closure(on: day) { return .closed(reason: reason) }
        let time = KST.timeOfDay(instant)
        if let session = sessions.first(where: { $0.contains(time) }) { return .open(session) }
        let spans = sessions.map { "\($0.name) \(short($0.open))–\(short($0.close))" }.joined(separator: ", ")
        return .closed(reason: "\(short(time)) KST is outside the sessions (\(spans))")
    }

    /// Whether `day` is a trading day.
    package func isTradingDay(_ day: TradeDate) -> Bool { closure(on: day) == nil }

    /// The next session opening strictly after `instant` (within `horizon` days), or `nil`.
    package func nextOpening(after instant: Date, horizon: Int = 30) -> Date? {
        let today = TradeDate(instant)
        for offset in 0...horizon {
            let day = today.adding(days: offset)
            guard isTradingDay(day) else { continue }
            let opens = sessions.map { day.at($0.open) }.sorted()
            if let next = opens.first(where: { $0 > instant }) { return next }
        }
        return nil
    }

    /// The end of the last session of `day`.
    package func lastClose(on day: TradeDate) -> Date? {
        sessions.map { day.at($0.close) }.max()
    }

    private func short(_ t: KSTTime) -> String { String(t.colonSeparated.prefix(5)) }
}
