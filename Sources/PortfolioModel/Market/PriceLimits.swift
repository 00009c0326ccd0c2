/// The day's price band (상한가 / 하한가): ±30 % of the base price, computed the way KRX does (SPEC §4.3).
///
/// 1. width = base × 0.30; 2. truncate the width to a multiple of the tick at the base price;
/// 3. upper = base + width, truncated to the tick at the upper price; lower = base − width.
/// Example: base 9,980 → width 2,994 → 2,990 → upper 12,970, lower 6,990.
package struct PriceLimits: Hashable, Sendable, Codable {
    /// 상한가.
    package var upper: KRW
    /// 하한가.
    package var lower: KRW

    /// Creates limits from known prices (for example KIS's `stck_mxpr` / `stck_llam`).
    package init(upper: KRW, lower: KRW) {
        self.upper = upper
        self.lower = lower
    }

    /// The band around `base` (usually the previous close) for an instrument of `kind`.
    package init(base: KRW, kind: InstrumentKind = .stock) {
        let baseTick = TickSize.tick(at: base, kind: kind).won
        let width = base.won * 30 / 100 / baseTick * baseTick
        let rawUpper = base.won + width
        let upperTick = TickSize.tick(at: KRW(rawUpper), kind: kind).won
        upper = KRW(rawUpper / upperTick * upperTick)
        lower = KRW(max(1, base.won - width))
    }

    /// True when `price` lies inside the band, limits included.
    package func contains(_ price: KRW) -> Bool { price >= lower && price <= upper }
}
