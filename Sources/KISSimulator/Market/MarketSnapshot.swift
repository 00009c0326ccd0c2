/// What the market shows for one stock at one simulated moment.
struct MarketSnapshot: Sendable {
    /// The session the figures belong to (today while it runs, else the last session).
    var sessionDate: KSTDate
    /// True between 09:00 and 15:30 on a session day.
    var isOpen: Bool
    var price: Int
    var open: Int
    var high: Int
    var low: Int
    var volume: Int
    var turnover: Int
    var previousClose: Int
    /// The previous session's bar (for 전일 fields and pivots).
    var previousBar: DailyBar?
    /// Today's bars visible so far, oldest first (empty outside a running or finished session today).
    var bars: [VisibleBar]
    /// The product kind, which sets the tick grid and so the limits.
    var kind: StockKind = .stock

    var upperLimit: Int { TickTable.upperLimit(previousClose: previousClose, kind: kind) }
    var lowerLimit: Int { TickTable.lowerLimit(previousClose: previousClose, kind: kind) }
    /// 호가단위 at the current price.
    var tick: Int { TickTable.tick(at: price, kind: kind) }
    var change: Int { price - previousClose }
    var sign: String { Numbers.sign(price: price, previous: previousClose, upper: upperLimit, lower: lowerLimit) }
    var changeRate: Double { previousClose == 0 ? 0 : Double(change) / Double(previousClose) * 100 }

    /// The daily row for the session, as far as it has run.
    var dailyBar: DailyBar {
        DailyBar(
            date: sessionDate, open: open, high: high, low: low, close: price, volume: volume, turnover: turnover)
    }
}

/// A minute bar as a client sees it at a moment: the newest one may still be in progress.
struct VisibleBar: Sendable {
    var bar: MinuteBar
    /// `cntg_vol` as displayed: until the minute's first trade this is the previous minute's volume.
    var displayVolume: Int
    /// Volume traded today up to and including this bar.
    var cumulativeVolume: Int
    /// Turnover today up to and including this bar.
    var cumulativeTurnover: Int
}
