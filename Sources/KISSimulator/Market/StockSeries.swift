internal import Foundation

/// The price history of one stock: a seeded random walk of daily closes anchored at the scenario's
/// anchor date, with each session's minute path bridged between that day's open and close.
///
/// Every value is a pure function of (seed, stock, date, minute); the caches only save work.
/// Instances live inside the simulator's state actor and never cross tasks.
final class StockSeries {
    let stock: ScenarioStock
    let calendar: MarketCalendar
    let recorded: RecordedSeries?
    let key: UInt64
    let seed: UInt64
    private let anchor: KSTDate
    private let earliest: KSTDate
    private var closes: [Int: Int] = [:]
    private var forward: (day: KSTDate, close: Int)
    private var backward: (day: KSTDate, close: Int)
    private var sessions: [Int: DaySession] = [:]

    init(stock: ScenarioStock, seed: UInt64, anchor: KSTDate, calendar: MarketCalendar, recorded: RecordedSeries?) {
        self.stock = stock
        self.calendar = calendar
        self.recorded = recorded
        self.seed = seed
        self.key = Noise.hash(stock.code)
        let anchorDay = calendar.tradingDay(onOrBefore: anchor)
        self.anchor = anchorDay
        self.earliest = anchorDay.adding(days: -365 * 5)
        let base = TickTable.round(Double(max(1, stock.basePrice)))
        closes[anchorDay.dayNumber] = base
        forward = (anchorDay, base)
        backward = (anchorDay, base)
    }

    private var sigma: Double { stock.volatility ?? 0.02 }

    private func normal(_ day: KSTDate, _ stream: UInt64, _ index: Int = 0) -> Double {
        Noise.normal([seed, key, UInt64(bitPattern: Int64(day.dayNumber)), stream, UInt64(index)])
    }

    /// True when the stock has a session (generated or recorded) on `date`.
    func hasSession(on date: KSTDate) -> Bool {
        if let recorded { return recorded.daily[date.dayNumber] != nil }
        return calendar.isTradingDay(date) && date >= earliest
    }

    /// The last session day strictly before `date`.
    func sessionDay(before date: KSTDate) -> KSTDate? {
        if let recorded { return recorded.day(before: date) }
        let day = calendar.tradingDay(before: date)
        return day >= earliest ? day : nil
    }

    /// The last session day on or before `date`.
    func sessionDay(onOrBefore date: KSTDate) -> KSTDate? {
        hasSession(on: date) ? date : sessionDay(before: date)
    }

    /// The closing price of the session on `date` (a session day).
    func close(on date: KSTDate) -> Int {
        if let recorded {
            return recorded.daily[date.dayNumber]?.close ?? recorded.day(before: date).flatMap {
                recorded.daily[$0.dayNumber]?.close
            } ?? stock.basePrice
        }
        let day = calendar.tradingDay(onOrBefore: max(date, earliest))
        if let cached = closes[day.dayNumber] { return cached }
        if day > anchor {
            while forward.day < day {
                let next = calendar.tradingDay(after: forward.day)
                let raw = Double(forward.close) * exp(sigma * normal(next, 11))
                let upper = TickTable.upperLimit(previousClose: forward.close)
                let lower = TickTable.lowerLimit(previousClose: forward.close)
                let close = min(upper, max(lower, TickTable.round(raw)))
                closes[next.dayNumber] = close
                forward = (next, close)
            }
        } else {
            while backward.day > day {
                let previous = calendar.tradingDay(before: backward.day)
                let close = TickTable.round(Double(backward.close) / exp(sigma * normal(backward.day, 11)))
                closes[previous.dayNumber] = close
                backward = (previous, close)
            }
        }
        return closes[day.dayNumber] ?? stock.basePrice
    }

    /// The previous session's close as seen on `date` (전일종가, the base price of the day).
    func previousClose(on date: KSTDate) -> Int {
        if let recorded, recorded.day(before: date) == nil {
            return recorded.daily[date.dayNumber]?.open ?? stock.basePrice
        }
        guard let day = sessionDay(before: date) else { return stock.basePrice }
        return close(on: day)
    }

    /// The complete daily bar of the session on `date`, or nil when there is none.
    func dailyBar(on date: KSTDate) -> DailyBar? {
        guard hasSession(on: date) else { return nil }
        if let recorded { return recorded.daily[date.dayNumber] }
        let previous = previousClose(on: date)
        let close = close(on: date)
        let upper = TickTable.upperLimit(previousClose: previous)
        let lower = TickTable.lowerLimit(previousClose: previous)
        let open = min(upper, max(lower, TickTable.round(Double(previous) * exp(0.3 * sigma * normal(date, 12)))))
        let high = min(upper, TickTable.ceil(Double(max(open, close)) * (1 + abs(0.5 * sigma * normal(date, 13)))))
        let low = max(lower, TickTable.floor(Double(min(open, close)) * (1 - abs(0.5 * sigma * normal(date, 14)))))
        let value = stock.dailyValue ?? 3e11
        let volume = max(1000, Int(value / Double(close) * exp(0.35 * normal(date, 15) - 0.06)))
        let turnover = Int(Double(volume) * Double(high + low + close) / 3)
        return DailyBar(date: date, open: open, high: high, low: low, close: close, volume: volume, turnover: turnover)
    }

    /// The whole session on `date` with its minute bars.
    func session(on date: KSTDate) -> DaySession? {
        if let cached = sessions[date.dayNumber] { return cached }
        let previous = previousClose(on: date)
        let built: DaySession?
        if let recorded {
            built = recorded.session(on: date, previousClose: previous)
        } else {
            built = dailyBar(on: date).map {
                DaySession(date: date, previousClose: previous, bars: minutePath(for: $0), daily: $0)
            }
        }
        if let built { sessions[date.dayNumber] = built }
        return built
    }

    /// The second (0–29) within minute `index` at which its first trade happens.
    func firstTradeSecond(on date: KSTDate, minute index: Int) -> Int {
        Int(Noise.uniform([seed, key, UInt64(bitPattern: Int64(date.dayNumber)), 31, UInt64(index)]) * 30)
    }
}
