package import PortfolioModel

/// What an order needs to know about a stock right before it is placed: its name at KIS, its quote, its
/// price band and its price grid.
package struct Instrument: Sendable, Hashable {
    /// The stock.
    package var code: StockCode
    /// 한글종목명 `hts_kor_isnm` as KIS lists it.
    package var name: String
    /// The current quote.
    package var quote: Quote
    /// 상한가 / 하한가 `stck_mxpr` / `stck_llam`.
    package var limits: PriceLimits
    /// 호가단위 `aspr_unit` at the current price.
    package var tick: KRW
    /// Stock, ETF or ETN (ETFs and ETNs tick in 5 won at every price).
    package var kind: InstrumentKind

    /// Creates a value.
    package init(code: StockCode, name: String, quote: Quote, limits: PriceLimits, tick: KRW, kind: InstrumentKind) {
        self.code = code
        self.name = name
        self.quote = quote
        self.limits = limits
        self.tick = tick
        self.kind = kind
    }

    /// The instrument kind implied by KIS's tick at the current price and the name.
    ///
    /// KIS reports no ETF flag in inquire-price; an exchange-traded product shows `aspr_unit` 5 where the stock
    /// table says otherwise, and the Korean ETF/ETN families carry their brand or "ETN" in the name.
    package static func kind(name: String, price: KRW, reportedTick: KRW) -> InstrumentKind {
        let upper = name.uppercased()
        if upper.contains("ETN") { return .etn }
        let brands = ["KODEX", "TIGER", "KBSTAR", "RISE", "ACE ", "SOL ", "HANARO", "ARIRANG", "KOSEF", "PLUS "]
        if brands.contains(where: { upper.hasPrefix($0) }) { return .etf }
        if reportedTick == KRW(5) && TickSize.tick(at: price) != KRW(5) { return .etf }
        return .stock
    }
}
