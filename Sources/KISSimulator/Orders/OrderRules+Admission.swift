/// Where an accepted order goes: the venue it matches on and the session that took it.
struct Admission {
    /// KRX or NXT (SOR resolved).
    var route: Venue
    var session: TradingSession
}

extension OrderRules {
    /// Session and venue check, then "is this `ORD_DVSN` taken now" (SPEC §4.2, §5.7 first two steps).
    ///
    /// SOR goes to KRX when a KRX session takes the type, else to NXT; it never takes `02`,
    /// `05`–`07`, `21`–`24`. Paper has KRX only.
    func admit(orderType: String, venue: Venue, side: SimulatorSide, at now: KSTTime, calendar: MarketCalendar)
        -> Result<Admission, Refusal>
    {
        if side == .paper, venue != .krx { return .failure(Refusal(reason: .venueNotOnPaper)) }
        guard calendar.isTradingDay(now.date) else {
            return .failure(Refusal(reason: .holiday, detail: schedule.holidayReason))
        }
        if venue == .sor, !OrderTypes.smartRouted.contains(orderType) {
            return .failure(Refusal(reason: .orderTypeNotAllowed))
        }
        let candidates: [Venue] = venue == .sor ? [.krx, .nxt] : [venue]
        let second = now.wholeSecondOfDay
        for candidate in candidates {
            if let session = schedule.open(candidate, at: second).first(where: { $0.orderTypes.contains(orderType) }) {
                return .success(Admission(route: candidate, session: session))
            }
        }
        for candidate in candidates {
            if let session = schedule.open(candidate, at: second).first {
                return .failure(Refusal(reason: session.refusal, detail: session.reason))
            }
        }
        let before = second < schedule.openingSecond(candidates.first ?? .krx)
        return .failure(
            Refusal(reason: .notInSession, detail: before ? schedule.closedBeforeReason : schedule.closedAfterReason))
    }

    /// Tick and band checks of a limit price (SPEC §4.3), or nil when the price is fine.
    ///
    /// Off the grid → tick; outside the daily limits → upper/lower. `07` must also stay within
    /// ±10 % of today's close.
    static func checkPrice(
        _ price: Int, orderType: String, kind: StockKind, previousClose: Int, todayClose: Int?
    ) -> Refusal? {
        guard TickTable.isOnGrid(price, kind: kind) else { return Refusal(reason: .tick) }
        var limits = TickTable.priceLimits(base: previousClose, kind: kind)
        if orderType == "07", let todayClose {
            let tight = TickTable.priceLimits(base: todayClose, kind: kind, percent: 10)
            limits = (min(limits.upper, tight.upper), max(limits.lower, tight.lower))
        }
        if price > limits.upper { return Refusal(reason: .aboveUpperLimit) }
        if price < limits.lower { return Refusal(reason: .belowLowerLimit) }
        return nil
    }
}
