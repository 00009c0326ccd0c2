internal import Foundation

extension StockSeries {
    /// A Brownian bridge from the day's open to its close in 390 one-minute steps, kept inside the
    /// day's high/low; the bars with the highest and lowest close touch the day's high and low, and
    /// the volumes add up to the day's volume, so the minutes aggregate to the daily bar exactly.
    func minutePath(for day: DailyBar) -> [MinuteBar] {
        let n = Session.minutes
        let sigma = (stock.volatility ?? 0.02) / Double(n).squareRoot()
        let dayKey = UInt64(bitPattern: Int64(day.date.dayNumber))
        let seedParts = [seed, key, dayKey]
        func z(_ stream: UInt64, _ i: Int) -> Double { Noise.normal(seedParts + [stream, UInt64(i)]) }

        var walk = [Double](repeating: 0, count: n + 1)
        for i in 1...n { walk[i] = walk[i - 1] + sigma * z(21, i) }
        let logOpen = log(Double(day.open))
        let logClose = log(Double(day.close))
        var closes = [Int](repeating: day.close, count: n)
        for i in 0..<n {
            let t = Double(i + 1) / Double(n)
            let x = logOpen + (walk[i + 1] - t * walk[n]) + t * (logClose - logOpen)
            closes[i] = min(day.high, max(day.low, TickTable.round(exp(x))))
        }
        closes[n - 1] = day.close

        var weights = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let x = Double(i) / Double(n - 1)
            let profile = 0.35 + 2.2 * pow(1 - x, 8) + 1.2 * pow(x, 10)
            weights[i] = profile * exp(0.5 * z(23, i))
        }
        let total = weights.reduce(0, +)
        var bars: [MinuteBar] = []
        bars.reserveCapacity(n)
        var assigned = 0
        for i in 0..<n {
            let open = i == 0 ? day.open : closes[i - 1]
            let close = closes[i]
            let up = Int(abs(z(22, i)) * 0.7)
            let down = Int(abs(z(24, i)) * 0.7)
            let high = min(day.high, TickTable.step(max(open, close), by: up))
            let low = max(day.low, TickTable.step(min(open, close), by: -down))
            let volume = i == n - 1 ? max(0, day.volume - assigned) : Int(Double(day.volume) * weights[i] / total)
            assigned += volume
            bars.append(MinuteBar(index: i, open: open, high: high, low: low, close: close, volume: volume))
        }
        if let top = bars.indices.max(by: { bars[$0].close < bars[$1].close }) { bars[top].high = day.high }
        if let bottom = bars.indices.min(by: { bars[$0].close < bars[$1].close }) { bars[bottom].low = day.low }
        return bars
    }
}
