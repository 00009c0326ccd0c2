import Foundation
import PortfolioModel

extension TrendFacts {
    /// The trend of the closes before `day` (at most `days − 1` of them) followed by `current`.
    ///
    /// A bar dated `day` itself is ignored: today's price is the snapshot's current price.
    /// - Returns: `nil` with fewer than two prices.
    static func compute(bars: [DailyBar], before day: TradeDate, current: KRW, days: Int) -> TrendFacts? {
        let earlier = bars.filter { $0.date < day }.sorted { $0.date < $1.date }.suffix(max(days - 1, 0))
        let closes = earlier.map(\.close.won) + [current.won]
        guard closes.count >= 2, let first = closes.first, first > 0 else { return nil }
        let change = Rate.ratio(current.won - first, first)
        return TrendFacts(
            days: closes.count, startPrice: Won(first), change: change,
            direction: abs(change.hundredths) < 100 ? "보합" : (change.hundredths > 0 ? "상승" : "하락"),
            volatility: volatility(closes), maxDrawdown: maxDrawdown(closes))
    }

    /// The sample standard deviation of daily returns, or `nil` with fewer than two returns.
    static func volatility(_ closes: [Int64]) -> Rate? {
        let returns = zip(closes, closes.dropFirst()).compactMap { a, b in a > 0 ? Double(b) / Double(a) - 1 : nil }
        guard returns.count >= 2 else { return nil }
        let mean = returns.reduce(0, +) / Double(returns.count)
        let variance = returns.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(returns.count - 1)
        return .fraction(variance.squareRoot())
    }

    /// The worst fall from a running peak, as a rate ≤ 0.
    static func maxDrawdown(_ closes: [Int64]) -> Rate {
        var peak = Int64.min
        var worst = 0.0
        for close in closes {
            peak = max(peak, close)
            if peak > 0 { worst = min(worst, Double(close) / Double(peak) - 1) }
        }
        return .fraction(worst)
    }
}
