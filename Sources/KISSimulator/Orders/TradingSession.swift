/// One window of a venue's trading day and the `ORD_DVSN` values it accepts (SPEC §4.2).
package struct TradingSession: Codable, Sendable {
    /// How the simulator matches orders accepted in this window.
    package enum Matching: String, Codable, Sendable {
        /// Continuous trading against the market model's minute bars.
        case continuous
        /// Accepted and resting: order entry for an auction, or a session the market model has no
        /// prices for (NXT pre- and after-market, KRX 16:00–18:00 single price).
        case rest
        /// Fills in full at the previous close (KRX 장전 시간외 종가, `05`).
        case previousClose
        /// Fills in full at today's close (KRX 장후 시간외 종가, `06`).
        case todayClose
    }

    package var venue: Venue
    /// The session's name, for logs and refusal reasons.
    package var name: String
    /// Start, `HH:MM` or `HH:MM:SS` KST, inclusive.
    package var start: String
    /// End, exclusive.
    package var end: String
    package var orderTypes: Set<String>
    package var matching: Matching
    /// The answer to an order type this session does not take.
    package var refusal: OrderRefusal
    /// For ``OrderRefusal/notInSession``: the reason KIS appends in parentheses.
    package var reason: String?

    /// Creates a session.
    package init(
        venue: Venue, name: String, start: String, end: String, orderTypes: Set<String>, matching: Matching,
        refusal: OrderRefusal = .orderTypeNotAllowed, reason: String? = nil
    ) {
        self.venue = venue
        self.name = name
        self.start = start
        self.end = end
        self.orderTypes = orderTypes
        self.matching = matching
        self.refusal = refusal
        self.reason = reason
    }

    /// The start as seconds after KST midnight.
    var startSecond: Int { Self.seconds(start) }
    /// The end as seconds after KST midnight.
    var endSecond: Int { Self.seconds(end) }

    /// True when `second` of the day falls inside the window.
    func contains(_ second: Int) -> Bool { second >= startSecond && second < endSecond }

    /// `HH:MM[:SS]` → seconds; malformed parts count as 0.
    static func seconds(_ text: String) -> Int {
        let parts = text.split(separator: ":").map { Int($0) ?? 0 }
        return (parts.first ?? 0) * 3600 + (parts.count > 1 ? parts[1] : 0) * 60 + (parts.count > 2 ? parts[2] : 0)
    }
}
