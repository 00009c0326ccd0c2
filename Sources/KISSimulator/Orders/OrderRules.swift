/// How the simulator treats orders: the session table, the refusal texts and the fill model.
///
/// Defaults follow the SPEC; a scenario may replace any part (`"orderRules"` in its JSON).
package struct OrderRules: Codable, Sendable {
    package var schedule: SessionSchedule
    package var messages: OrderMessages
    package var fills: FillModel

    /// Creates rules.
    package init(
        schedule: SessionSchedule = .standard, messages: OrderMessages = .standard, fills: FillModel = FillModel()
    ) {
        self.schedule = schedule
        self.messages = messages
        self.fills = fills
    }

    /// The SPEC's rules.
    package static let standard = OrderRules()

    /// Decodes rules; a missing part keeps the SPEC's default, and a `messages.table` need only
    /// list the cases it changes.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schedule = try container.decodeIfPresent(SessionSchedule.self, forKey: .schedule) ?? .standard
        var table = OrderMessages.standard.table
        let changed = try container.decodeIfPresent(OrderMessages.self, forKey: .messages)?.table ?? [:]
        table.merge(changed) { _, new in new }
        messages = OrderMessages(table: table)
        fills = try container.decodeIfPresent(FillModel.self, forKey: .fills) ?? FillModel()
    }

    /// The `msg_cd`/`msg1` of a refusal on `side`, with the reason in parentheses where KIS puts one.
    ///
    /// On paper, "not in session" becomes "before the open" or "after the close" by the time of day,
    /// or the type refusal while the regular session runs (SPEC §5.7 gives no paper text for the
    /// reasons).
    func reply(_ refusal: Refusal, side: SimulatorSide, second: Int) -> MessageText {
        var reason = refusal.reason
        if side == .paper, reason == .notInSession {
            let trading = schedule.continuousWindows(.krx).contains { $0.contains(second) }
            reason =
                trading
                ? .orderTypeNotAllowed : second < schedule.openingSecond(.krx) ? .paperBeforeOpen : .paperAfterClose
        }
        var message = messages.message(reason, side: side)
        if side == .real, let detail = refusal.detail { message.text += "(" + detail + ")" }
        return message
    }
}

/// A refusal case plus the detail KIS appends (the session reason of `APBK0918`).
struct Refusal: Error {
    var reason: OrderRefusal
    var detail: String? = nil
}

/// How much of the market an order can take: at most `participation` of each minute bar's volume,
/// at least one share, so a large order fills over several minutes (deterministically).
package struct FillModel: Codable, Sendable {
    /// Share of a bar's volume one order may take (default 0.25).
    package var participation: Double

    /// Creates a model.
    package init(participation: Double = 0.25) {
        self.participation = participation
    }

    /// The most one order fills against a bar of `volume` shares.
    func cap(_ volume: Int) -> Int { max(1, Int(Double(max(0, volume)) * participation)) }
}
