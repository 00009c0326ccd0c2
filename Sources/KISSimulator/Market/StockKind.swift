/// What kind of listed product a stock is; the tick table depends on it (SPEC §4.3).
package enum StockKind: String, Codable, Sendable, CaseIterable {
    /// An ordinary share: the 2023 KRX tick table.
    case stock
    /// An exchange-traded fund: tick 5 at every price.
    case etf
    /// An exchange-traded note: tick 5 at every price.
    case etn

    /// ETF brands whose names start the fund's name (`KODEX 200`, `TIGER 미국S&P500`).
    static let etfBrands = [
        "KODEX", "TIGER", "KBSTAR", "RISE", "ACE", "SOL", "HANARO", "ARIRANG", "KOSEF", "PLUS", "KIWOOM",
        "TIMEFOLIO", "WOORI", "1Q", "BNK", "TREX", "FOCUS", "KoAct", "UNICORN", "VITA", "TRUSTON", "HK",
    ]

    /// The kind a product name suggests, for data that does not say (gen_dataset files).
    ///
    /// "ETN" anywhere in the name makes an ETN; a name starting with an ETF brand followed by
    /// anything but a Latin letter (so `SOLUM` stays a stock) makes an ETF; anything else is a stock.
    static func inferred(fromName name: String) -> StockKind {
        if name.uppercased().contains("ETN") { return .etn }
        for brand in etfBrands where name.hasPrefix(brand) {
            let next = name.dropFirst(brand.count).first
            if let next, next.isASCII, next.isLetter { continue }
            return .etf
        }
        return .stock
    }
}
