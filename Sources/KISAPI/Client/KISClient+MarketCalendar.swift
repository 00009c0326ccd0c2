package import PortfolioModel

extension KISClient {
    /// The market calendar from `date` on, one entry per calendar day (chk-holiday, real accounts only).
    ///
    /// KIS asks callers to use this about once a day (it touches the ledger system): cache the answer.
    /// Pages with `CTX_AREA_FK`/`CTX_AREA_NK` (no `100` suffix on this TR).
    /// - Parameter date: The first day.
    /// - Returns: About three weeks of days per page, all pages, in date order.
    /// - Throws: ``KISError``; `.unsupportedInMode` on paper (KIS offers no paper TR).
    package func fetchMarketCalendar(from date: TradeDate) async throws -> [MarketDay] {
        let pages = try await performPaged(endpoint: .holidays, query: [("BASS_DT", date.compact)])
        var days: [TradeDate: MarketDay] = [:]
        for page in pages {
            let dto = try page.decode(HolidayPageDTO.self)
            for day in try Self.mapRows(
                dto.days, field: "output", response: page, isBlank: \.isBlank, { try $0.marketDay($1) })
            {
                days[day.date] = day
            }
        }
        return days.values.sorted { $0.date < $1.date }
    }
}
