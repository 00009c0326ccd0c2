/// Bars taken verbatim from a dataset file instead of being generated.
struct RecordedSeries: Sendable {
    /// Daily bars by day number.
    var daily: [Int: DailyBar]
    /// Minute closes and volumes by day number, in time order (second of day, price, volume).
    var minutes: [Int: [(second: Int, price: Int, volume: Int)]]

    /// The recorded day on or before `date`, if any.
    func day(onOrBefore date: KSTDate) -> KSTDate? {
        daily.keys.filter { $0 <= date.dayNumber }.max().map(KSTDate.init(dayNumber:))
    }

    /// The recorded day strictly before `date`, if any.
    func day(before date: KSTDate) -> KSTDate? {
        daily.keys.filter { $0 < date.dayNumber }.max().map(KSTDate.init(dayNumber:))
    }

    /// The session on `date` built from the recorded minutes: each bar opens at the previous close.
    func session(on date: KSTDate, previousClose: Int) -> DaySession? {
        guard let bar = daily[date.dayNumber] else { return nil }
        let rows = minutes[date.dayNumber] ?? []
        var bars: [MinuteBar] = []
        var last = rows.first?.price ?? bar.open
        for row in rows {
            let index = (row.second - Session.openSecond) / 60
            guard index >= 0, index < Session.minutes, index >= (bars.last?.index ?? -1) + 1 else { continue }
            bars.append(
                MinuteBar(
                    index: index, open: last, high: max(last, row.price), low: min(last, row.price),
                    close: row.price, volume: row.volume))
            last = row.price
        }
        return DaySession(date: date, previousClose: previousClose, bars: bars, daily: bar)
    }
}
