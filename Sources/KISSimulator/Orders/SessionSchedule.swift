/// The venues' sessions as data (SPEC §4.2), so exceptional days and the planned KRX after-market
/// are a table change, not a code change.
package struct SessionSchedule: Codable, Sendable {
    package var sessions: [TradingSession]
    /// Reasons in parentheses after "장운영시간이 아닙니다." when no session is open (stand-ins).
    package var closedBeforeReason: String
    package var closedAfterReason: String
    package var holidayReason: String

    /// Creates a schedule.
    package init(
        sessions: [TradingSession], closedBeforeReason: String = "장개시전 주문불가시간",
        closedAfterReason: String = "장종료 주문불가시간", holidayReason: String = "휴장일"
    ) {
        self.sessions = sessions
        self.closedBeforeReason = closedBeforeReason
        self.closedAfterReason = closedAfterReason
        self.holidayReason = holidayReason
    }

    /// Decodes a schedule; the closed-market reasons default to the stand-ins.
    package init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = SessionSchedule(sessions: [])
        sessions = try container.decode([TradingSession].self, forKey: .sessions)
        closedBeforeReason =
            try container.decodeIfPresent(String.self, forKey: .closedBeforeReason) ?? defaults.closedBeforeReason
        closedAfterReason =
            try container.decodeIfPresent(String.self, forKey: .closedAfterReason) ?? defaults.closedAfterReason
        holidayReason = try container.decodeIfPresent(String.self, forKey: .holidayReason) ?? defaults.holidayReason
    }

    /// The sessions of `venue` open at `second`, in table order.
    func open(_ venue: Venue, at second: Int) -> [TradingSession] {
        sessions.filter { $0.venue == venue && $0.contains(second) }
    }

    /// The windows in which `venue` trades continuously against the minute bars.
    func continuousWindows(_ venue: Venue) -> [TradingSession] {
        sessions.filter { $0.venue == venue && $0.matching == .continuous }
    }

    /// The first continuous start of `venue` (what "before the open" means on paper).
    func openingSecond(_ venue: Venue) -> Int {
        continuousWindows(venue).map(\.startSecond).min() ?? 9 * 3600
    }

    /// KRX and NXT on a normal trading day, as of 2025–2026.
    package static let standard = SessionSchedule(sessions: [
        TradingSession(
            venue: .krx, name: "장개시전 동시호가 접수", start: "08:30", end: "09:00", orderTypes: OrderTypes.regular,
            matching: .rest, refusal: .notInSession, reason: "장개시전 시간외종가 주문불가시간"),
        TradingSession(
            venue: .krx, name: "장개시전 시간외 종가", start: "08:30", end: "08:40", orderTypes: ["05"],
            matching: .previousClose, refusal: .notInSession, reason: "장개시전 시간외종가 주문불가시간"),
        TradingSession(
            venue: .krx, name: "정규장", start: "09:00", end: "15:30", orderTypes: OrderTypes.regular,
            matching: .continuous, refusal: .notInSession, reason: "시간외 주문불가시간"),
        TradingSession(
            venue: .krx, name: "장후 시간외 종가 접수", start: "15:30", end: "15:40", orderTypes: ["06"],
            matching: .rest, refusal: .notInSession, reason: "장종료동시마감(129) 주문불가시간"),
        TradingSession(
            venue: .krx, name: "장후 시간외 종가", start: "15:40", end: "16:00", orderTypes: ["06"],
            matching: .todayClose, refusal: .notInSession, reason: "장후시간외종가 주문만 가능"),
        TradingSession(
            venue: .krx, name: "시간외 단일가", start: "16:00", end: "18:00", orderTypes: ["07"], matching: .rest,
            refusal: .notInSession, reason: "시간외단일가 주문만 가능"),
        TradingSession(
            venue: .nxt, name: "프리마켓", start: "08:00", end: "08:50", orderTypes: ["00", "03", "04"],
            matching: .rest, refusal: .notInSession, reason: "[프리마켓] 시장가 매매 불가 시간"),
        TradingSession(
            venue: .nxt, name: "메인마켓", start: "09:00:30", end: "15:20",
            orderTypes: ["00", "03", "04", "11", "12", "13", "14", "15", "16", "21", "22", "23", "24"],
            matching: .continuous, refusal: .orderTypeNotAllowed),
        TradingSession(
            venue: .nxt, name: "애프터마켓", start: "15:40", end: "20:00", orderTypes: ["00", "03", "04"],
            matching: .rest, refusal: .nxtAfterMarketType),
    ])
}
