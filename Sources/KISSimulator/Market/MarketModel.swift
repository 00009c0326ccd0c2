/// All stocks of a scenario and the calendar; answers "what does the market show now".
///
/// Confined to the simulator's state actor.
final class MarketModel {
    let calendar: MarketCalendar
    private(set) var series: [String: StockSeries]
    /// Stock codes in scenario order.
    let codes: [String]

    init(
        stocks: [ScenarioStock], seed: UInt64, anchor: KSTDate, calendar: MarketCalendar,
        recorded: [String: RecordedSeries]
    ) {
        self.calendar = calendar
        self.codes = stocks.map(\.code)
        var series: [String: StockSeries] = [:]
        for stock in stocks {
            series[stock.code] = StockSeries(
                stock: stock, seed: seed, anchor: anchor, calendar: calendar, recorded: recorded[stock.code])
        }
        self.series = series
    }

    /// The stock with this code, if the scenario lists it.
    func stock(_ code: String) -> ScenarioStock? { series[code]?.stock }

    /// The market view of `code` at `time`.
    func snapshot(_ code: String, at time: KSTTime) -> MarketSnapshot? {
        guard let series = series[code] else { return nil }
        let today = time.date
        let second = time.wholeSecondOfDay
        if series.hasSession(on: today), second >= Session.openSecond, let session = series.session(on: today) {
            let bars = visibleBars(series, session, second: second - Session.openSecond)
            let last = bars.last
            let price = last?.bar.close ?? session.previousClose
            let open = bars.first?.bar.open ?? session.previousClose
            let finished = second >= Session.closeSecond
            return MarketSnapshot(
                sessionDate: today, isOpen: !finished, price: price, open: open,
                high: finished ? session.daily.high : (bars.map(\.bar.high).max() ?? open),
                low: finished ? session.daily.low : (bars.map(\.bar.low).min() ?? open),
                volume: finished ? session.daily.volume : (last?.cumulativeVolume ?? 0),
                turnover: finished ? session.daily.turnover : (last?.cumulativeTurnover ?? 0),
                previousClose: session.previousClose,
                previousBar: series.sessionDay(before: today).flatMap { series.dailyBar(on: $0) },
                bars: bars, kind: series.stock.resolvedKind)
        }
        let lastDay =
            second >= Session.openSecond ? series.sessionDay(onOrBefore: today) : series.sessionDay(before: today)
        guard let day = lastDay, let daily = series.dailyBar(on: day) else { return nil }
        return MarketSnapshot(
            sessionDate: day, isOpen: false, price: daily.close, open: daily.open, high: daily.high, low: daily.low,
            volume: daily.volume, turnover: daily.turnover, previousClose: series.previousClose(on: day),
            previousBar: series.sessionDay(before: day).flatMap { series.dailyBar(on: $0) }, bars: [],
            kind: series.stock.resolvedKind)
    }

    /// Bars visible `elapsed` seconds after 09:00: all completed ones, plus the in-progress one.
    private func visibleBars(_ series: StockSeries, _ session: DaySession, second elapsed: Int) -> [VisibleBar] {
        let minute = elapsed / 60
        let intoMinute = elapsed % 60
        var result: [VisibleBar] = []
        var volume = 0
        var turnover = 0
        for bar in session.bars where bar.index < minute {
            volume += bar.volume
            turnover += bar.volume * bar.close
            result.append(
                VisibleBar(bar: bar, displayVolume: bar.volume, cumulativeVolume: volume, cumulativeTurnover: turnover))
        }
        guard minute < Session.minutes, let current = session.bars.first(where: { $0.index == minute }) else {
            return result
        }
        let first = series.firstTradeSecond(on: session.date, minute: minute)
        if intoMinute >= first {
            let share = Double(intoMinute - first + 1) / Double(60 - first)
            var partial = current
            partial.volume = min(current.volume, Int(Double(current.volume) * share))
            volume += partial.volume
            turnover += partial.volume * partial.close
            result.append(
                VisibleBar(
                    bar: partial, displayVolume: partial.volume, cumulativeVolume: volume, cumulativeTurnover: turnover)
            )
        } else if let previous = result.last {
            // The in-progress bar before its first trade: flat at the last price, showing the
            // previous minute's volume (SPEC §6.4).
            let price = previous.bar.close
            let flat = MinuteBar(index: minute, open: price, high: price, low: price, close: price, volume: 0)
            result.append(
                VisibleBar(
                    bar: flat, displayVolume: previous.bar.volume, cumulativeVolume: volume,
                    cumulativeTurnover: turnover))
        }
        return result
    }
}

extension MarketModel {
    /// The last price and the previous close of `code` at `time`, without building the bar list
    /// (the balance TR asks this for every row).
    func lastPrice(_ code: String, at time: KSTTime) -> (price: Int, previousClose: Int)? {
        guard let series = series[code] else { return nil }
        let today = time.date
        let second = time.wholeSecondOfDay
        if series.hasSession(on: today), second >= Session.openSecond, let session = series.session(on: today) {
            let elapsed = second - Session.openSecond
            let minute = elapsed / 60
            if minute >= Session.minutes { return (session.daily.close, session.previousClose) }
            let traded = elapsed % 60 >= series.firstTradeSecond(on: today, minute: minute)
            let visible = session.bars.last { traded ? $0.index <= minute : $0.index < minute }
            return (visible?.close ?? session.previousClose, session.previousClose)
        }
        let lastDay =
            second >= Session.openSecond ? series.sessionDay(onOrBefore: today) : series.sessionDay(before: today)
        guard let day = lastDay else { return nil }
        return (series.close(on: day), series.previousClose(on: day))
    }
}
