extension MarketModel {
    /// The last minute bar of `code` whose first trade has happened by `now` (index −1 before 09:00's).
    func tradedBar(_ code: String, at now: KSTTime) -> BarPosition {
        let day = now.date.dayNumber
        guard let series = series[code], series.hasSession(on: now.date), let session = series.session(on: now.date)
        else { return BarPosition(day: day, index: -1) }
        let elapsed = now.wholeSecondOfDay - Session.openSecond
        guard elapsed >= 0, let lastIndex = session.bars.last?.index else { return BarPosition(day: day, index: -1) }
        let minute = min(elapsed / 60, lastIndex)
        let traded =
            elapsed >= (minute + 1) * 60 || elapsed % 60 >= series.firstTradeSecond(on: now.date, minute: minute)
        return BarPosition(day: day, index: traded ? minute : minute - 1)
    }

    /// One H0STCNT0 record (46 fields, SPEC §7.6) for minute bar `index` of today, as the market
    /// stood at the end of that bar (or at `now`, if earlier).
    func tradeTick(_ code: String, bar index: Int, now: KSTTime) -> String? {
        let end = min(now.wholeSecondOfDay, Session.openSecond + index * 60 + 59)
        let moment = KSTTime(date: now.date, secondOfDay: Double(end))
        guard let s = snapshot(code, at: moment), s.sessionDate == now.date, let visible = s.bars.last else {
            return nil
        }
        let bar = visible.bar
        let volume = max(0, visible.displayVolume)
        let buyShare = bar.close >= bar.open ? 0.55 : 0.45
        let buys = Int(Double(s.volume) * buyShare)
        let sells = s.volume - buys
        let buyCount = buys / 50 + 1
        let sellCount = sells / 50 + 1
        let high = firstBar(s) { $0.high == s.high }
        let low = firstBar(s) { $0.low == s.low }
        let previousVolume = s.previousBar?.volume ?? 0
        let elapsedShare = Double(bar.index + 1) / Double(Session.minutes)
        let previousSoFar = Int(Double(previousVolume) * elapsedShare)
        let rest = max(1, s.volume / 200)
        let fields: [String] = [
            code, KSTTime.compactTime(end), "\(s.price)", s.sign, "\(s.change)", Numbers.fixed(s.changeRate, places: 2),
            Numbers.fixed(s.volume == 0 ? 0 : Double(s.turnover) / Double(s.volume), places: 2), "\(s.open)",
            "\(s.high)", "\(s.low)", "\(s.price + s.tick)", "\(s.price)", "\(volume)", "\(s.volume)",
            "\(s.turnover)", "\(sellCount)", "\(buyCount)", "\(buyCount - sellCount)",
            Numbers.percent(Double(buys), of: Double(sells), places: 2), "\(sells)", "\(buys)",
            bar.close >= bar.open ? "1" : "5", Numbers.percent(Double(buys), of: Double(s.volume), places: 2),
            Numbers.percent(Double(s.volume), of: Double(previousVolume), places: 2), "090000",
            Self.sign(s.price - s.open), "\(s.price - s.open)", high, Self.sign(s.price - s.high),
            "\(s.price - s.high)", low, Self.sign(s.price - s.low), "\(s.price - s.low)", now.date.compact, "20",
            "N", "\(rest)", "\(rest * 2)", "\(rest * 40)", "\(rest * 45)", "0.00", "\(previousSoFar)",
            Numbers.percent(Double(s.volume), of: Double(previousSoFar), places: 2), "0", "", "\(s.previousClose)",
        ]
        return fields.joined(separator: "^")
    }

    /// `HHMMSS` of the first visible bar matching `test` (09:00:00 when none does).
    private func firstBar(_ s: MarketSnapshot, where test: (MinuteBar) -> Bool) -> String {
        s.bars.first { test($0.bar) }.map { KSTTime.compactTime($0.bar.startSecond) } ?? "090000"
    }

    /// `2` up, `3` unchanged, `5` down.
    private static func sign(_ difference: Int) -> String { difference > 0 ? "2" : difference == 0 ? "3" : "5" }
}
