/// What kind of listed security a code is: ordinary stocks and ETFs/ETNs follow different tick tables.
package enum InstrumentKind: String, Sendable, Codable, CaseIterable {
    case stock
    case etf
    case etn

    /// True for exchange-traded funds and notes (tick 5 won at every price).
    package var isExchangeTraded: Bool { self != .stock }
}
