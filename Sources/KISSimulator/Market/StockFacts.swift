/// Slow-moving facts about a stock (par value, shares, earnings), derived from its code so they are
/// stable and plausible without being listed in every scenario.
struct StockFacts {
    var par: Int
    var listedShares: Int
    var eps: Double
    var bps: Double
    /// Foreign ownership exhaustion (%).
    var foreignRatio: Double

    init(_ stock: ScenarioStock) {
        let h = Noise.hash(stock.code)
        func u(_ i: UInt64) -> Double { Noise.uniform([h, 500 + i]) }
        par = stock.code == "005930" ? 100 : 5000
        listedShares =
            stock.listedShares ?? Int(max(1e7, (stock.dailyValue ?? 3e11) * 150 / Double(max(1, stock.basePrice))))
        eps = Double(stock.basePrice) / (8 + 20 * u(1))
        bps = Double(stock.basePrice) * (0.6 + 0.9 * u(2))
        foreignRatio = 10 + 45 * u(3)
    }

    /// 자본금 in 억원.
    var capital: Int { listedShares / 100_000_000 * par + listedShares % 100_000_000 * par / 100_000_000 }

    /// A number with thousands separators.
    static func grouped(_ value: Int) -> String {
        let digits = Array(String(abs(value)))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return (value < 0 ? "-" : "") + out
    }
}

extension MarketModel {
    /// Highest and lowest close (with dates) over the `count` sessions up to and including `date`.
    func closeRange(_ code: String, sessions count: Int, through date: KSTDate, from start: KSTDate? = nil) -> (
        high: Int, highDate: KSTDate, low: Int, lowDate: KSTDate
    )? {
        guard let series = series[code], var day = series.sessionDay(onOrBefore: date) else { return nil }
        var high = (0, day)
        var low = (Int.max, day)
        for _ in 0..<count {
            if let start, day < start { break }
            let close = series.close(on: day)
            if close > high.0 { high = (close, day) }
            if close < low.0 { low = (close, day) }
            guard let previous = series.sessionDay(before: day) else { break }
            day = previous
        }
        return low.0 == Int.max ? nil : (high.0, high.1, low.0, low.1)
    }
}
