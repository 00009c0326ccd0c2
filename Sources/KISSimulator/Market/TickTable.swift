/// KRX price grid (호가단위), unified for KOSPI/KOSDAQ since 2023-01-25, and the ±30 % price limits.
///
/// ETFs and ETNs trade on a 5-won grid at every price (SPEC §4.3); the `kind`-less functions are
/// the stock grid, which the generated price paths use.
enum TickTable {
    /// The tick size at a price for a product kind.
    static func tick(at price: Int, kind: StockKind) -> Int {
        kind == .stock ? tick(at: price) : 5
    }

    /// True when `price` lies on the grid of `kind`.
    static func isOnGrid(_ price: Int, kind: StockKind) -> Bool {
        price > 0 && price % tick(at: price, kind: kind) == 0
    }

    /// The stock tick size at a price.
    static func tick(at price: Int) -> Int {
        switch price {
        case ..<2_000: 1
        case ..<5_000: 5
        case ..<20_000: 10
        case ..<50_000: 50
        case ..<200_000: 100
        case ..<500_000: 500
        default: 1_000
        }
    }

    /// True when `price` lies on the grid.
    static func isOnGrid(_ price: Int) -> Bool { price > 0 && price % tick(at: price) == 0 }

    /// The nearest grid price.
    static func round(_ price: Double) -> Int {
        // Every band boundary is a multiple of the next band's tick, so rounding with the tick of
        // the lower band always lands on the grid.
        let tick = tick(at: max(1, Int(price.rounded(.down))))
        return max(tick, Int((price / Double(tick)).rounded()) * tick)
    }

    /// The largest grid price ≤ `price`.
    static func floor(_ price: Double) -> Int {
        var p = max(1, Int(price.rounded(.down)))
        while p > 1 && p % tick(at: p) != 0 { p -= 1 }
        return p
    }

    /// The smallest grid price ≥ `price`.
    static func ceil(_ price: Double) -> Int {
        var p = max(1, Int(price.rounded(.up)))
        while p % tick(at: p) != 0 { p += 1 }
        return p
    }

    /// The grid price `steps` ticks away (negative for down), never below 1.
    static func step(_ price: Int, by steps: Int) -> Int {
        var p = price
        if steps > 0 {
            for _ in 0..<steps { p += tick(at: p) }
        } else {
            for _ in 0..<(-steps) where p > 1 { p -= tick(at: p - 1) }
        }
        return max(1, p)
    }

    /// The day's upper limit (상한가) from the previous close.
    static func upperLimit(previousClose: Int, kind: StockKind = .stock) -> Int {
        priceLimits(base: previousClose, kind: kind).upper
    }

    /// The day's lower limit (하한가) from the previous close.
    static func lowerLimit(previousClose: Int, kind: StockKind = .stock) -> Int {
        priceLimits(base: previousClose, kind: kind).lower
    }

    /// The daily limits from a base price, the KRX way in three steps (SPEC §4.3): the width
    /// `base × rate` truncated to the tick at the base; upper = base + width truncated to the tick at
    /// the upper price; lower = base − width (already on the grid, lower bands having finer ticks).
    ///
    /// - Parameters:
    ///   - base: The base price (usually the previous close).
    ///   - kind: Stock, ETF or ETN (tick 5 for the latter two).
    ///   - percent: The band in whole percent (30 for the daily limit, 10 for the `07` session).
    /// - Returns: The upper and lower limit prices.
    static func priceLimits(base: Int, kind: StockKind, percent: Int = 30) -> (upper: Int, lower: Int) {
        let baseTick = tick(at: max(1, base), kind: kind)
        let width = base * percent / 100 / baseTick * baseTick
        let raw = base + width
        let upperTick = tick(at: raw, kind: kind)
        return (raw / upperTick * upperTick, max(1, base - width))
    }
}
