/// The order sessions of each venue and the order types each accepts, as data (SPEC §4.2).
///
/// Times are KST, start inclusive and end exclusive. Windows may overlap (KRX takes `05` and the opening-auction
/// types at the same time); an order is legal when any window of its venue at that time accepts its type.
/// Exceptional days (the exam day, the first trading day of the year) are a different table, not code.
package struct TradingSessions: Sendable, Equatable {
    /// One window of one venue.
    package struct Window: Sendable, Equatable {
        package var venue: Venue
        /// What KIS and the exchanges call it, for example 정규장, 프리마켓.
        package var name: String
        package var start: KSTTime
        package var end: KSTTime
        package var orderTypes: Set<OrderType>

        /// Creates a window.
        package init(_ venue: Venue, _ name: String, _ start: KSTTime, _ end: KSTTime, _ orderTypes: Set<OrderType>) {
            self.venue = venue
            self.name = name
            self.start = start
            self.end = end
            self.orderTypes = orderTypes
        }

        /// True when `time` falls in the window.
        package func contains(_ time: KSTTime) -> Bool { time >= start && time < end }
    }

    /// What the table says about an order at a moment.
    package enum Verdict: Sendable, Equatable {
        /// Legal in this window.
        case allowed(Window)
        /// The venue is in a session, but none of its windows now takes this type.
        case typeNotAllowed(Window)
        /// No session of the venue now (or not a trading day).
        case closed
    }

    package var windows: [Window]

    /// Creates a table.
    package init(windows: [Window]) { self.windows = windows }

    /// The verdict for an order of `type` on `venue` at `time` of a day that is (or is not) a trading day.
    package func verdict(venue: Venue, type: OrderType, at time: KSTTime, isTradingDay: Bool) -> Verdict {
        guard isTradingDay else { return .closed }
        let open = windows.filter { $0.venue == venue && $0.contains(time) }
        if let window = open.first(where: { $0.orderTypes.contains(type) }) { return .allowed(window) }
        return open.first.map(Verdict.typeNotAllowed) ?? .closed
    }

    /// The next window of `venue` that opens after `time` on the same day, for a refusal's hint.
    package func nextWindow(venue: Venue, after time: KSTTime) -> Window? {
        windows.filter { $0.venue == venue && $0.start > time }.min { $0.start < $1.start }
    }
}
