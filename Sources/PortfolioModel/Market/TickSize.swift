/// The KRX price grid (호가단위), unified for KOSPI, KOSDAQ and KONEX since 2023-01-25; NXT uses the same.
///
/// The band is chosen by the price itself and a price on a boundary takes the higher band (200,000 → 500).
/// ETFs and ETNs trade in 5-won steps at every price (SPEC §4.3).
package enum TickSize {
    /// The tick at `price` for `kind`.
    package static func tick(at price: KRW, kind: InstrumentKind = .stock) -> KRW {
        if kind.isExchangeTraded { return KRW(5) }
        switch price.won {
        case ..<2_000: return KRW(1)
        case ..<5_000: return KRW(5)
        case ..<20_000: return KRW(10)
        case ..<50_000: return KRW(50)
        case ..<200_000: return KRW(100)
        case ..<500_000: return KRW(500)
        default: return KRW(1_000)
        }
    }

    /// True when `price` is positive and on the grid.
    package static func isOnGrid(_ price: KRW, kind: InstrumentKind = .stock) -> Bool {
        price.won > 0 && price.won % tick(at: price, kind: kind).won == 0
    }

    /// The nearest grid prices at or below and at or above `price` (both `price` when it is on the grid).
    package static func neighbours(of price: KRW, kind: InstrumentKind = .stock) -> (below: KRW, above: KRW) {
        let tick = tick(at: price, kind: kind).won
        let below = max(tick, price.won / tick * tick)
        return below == price.won ? (price, price) : (KRW(below), KRW(below + tick))
    }
}
