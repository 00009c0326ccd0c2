/// Which KIS system an account lives on: real money (실전) or paper trading (모의).
package enum TradingMode: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    case real
    case paper

    /// `true` for paper trading.
    package var isPaper: Bool { self == .paper }
    /// The Korean label used on reports: 실전 or 모의.
    package var koreanLabel: String { self == .real ? "실전" : "모의" }
    package var description: String { rawValue }
}

/// The side of an order or fill.
package enum Side: String, Sendable, Codable, CaseIterable {
    case buy = "BUY"
    case sell = "SELL"

    /// KIS's `sll_buy_dvsn_cd`: `01` sell, `02` buy.
    package init?(kisCode: String) {
        switch kisCode.trimmingSpaces() {
        case "01": self = .sell
        case "02": self = .buy
        default: return nil
        }
    }

    /// KIS's code for this side.
    package var kisCode: String { self == .sell ? "01" : "02" }
    /// 매수 or 매도.
    package var koreanLabel: String { self == .buy ? "매수" : "매도" }
}

/// The venue an order was routed to.
package enum Venue: String, Sendable, Codable, CaseIterable {
    case krx = "KRX"
    case nxt = "NXT"
    case sor = "SOR"

    /// Parses KIS's `excg_id_dvsn_cd`; blank means KRX (the default venue).
    package init?(kisCode: String) {
        let t = kisCode.trimmingSpaces().uppercased()
        if t.isEmpty { self = .krx } else { self.init(rawValue: t) }
    }
}
