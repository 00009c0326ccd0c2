import PortfolioModel

/// One page of chk-holiday (SPEC §6.9): `output` one row per calendar day.
struct HolidayPageDTO: Decodable {
    var days: [HolidayDTO]?

    enum CodingKeys: String, CodingKey {
        case days = "output"
    }
}

/// One calendar day of chk-holiday.
struct HolidayDTO: Decodable {
    var date: String?
    var businessDay: String?
    var tradingDay: String?
    var open: String?
    var settlementDay: String?

    enum CodingKeys: String, CodingKey {
        case date = "bass_dt"
        case businessDay = "bzdy_yn"
        case tradingDay = "tr_day_yn"
        case open = "opnd_yn"
        case settlementDay = "sttl_day_yn"
    }

    var isBlank: Bool { (date ?? "").trimmingSpaces().isEmpty }

    /// The day; `opnd_yn` must be present (it is the flag that says whether the market runs).
    func marketDay(_ r: FieldReader) throws -> MarketDay {
        _ = try r.required(open, CodingKeys.open, allowBlank: false)
        return MarketDay(
            date: try r.date(date, CodingKeys.date), isBusinessDay: try r.flag(businessDay, CodingKeys.businessDay),
            isTradingDay: try r.flag(tradingDay, CodingKeys.tradingDay), isOpen: try r.flag(open, CodingKeys.open),
            isSettlementDay: try r.flag(settlementDay, CodingKeys.settlementDay))
    }
}
