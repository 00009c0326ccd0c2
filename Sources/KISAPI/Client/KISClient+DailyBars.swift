package import PortfolioModel

extension KISClient {
    /// Daily bars of a stock from `from` through `to`, oldest first (inquire-daily-itemchartprice).
    ///
    /// KIS returns at most 100 days per call, newest first, and has no `tr_cont` here: the client re-asks
    /// with the end date set to the oldest day received minus one until it reaches `from` or KIS has nothing
    /// older (SPEC §6.3). Prices are adjusted (`FID_ORG_ADJ_PRC=0`). More than `maxPages` calls is an error.
    /// - Parameters:
    ///   - code: The stock.
    ///   - from: The first day wanted.
    ///   - to: The last day wanted.
    /// - Returns: One bar per trading day in the range, oldest first.
    /// - Throws: ``KISError``; `.inconsistentReply` for a bar outside the asked range, twice, or out of OHLC order.
    package func fetchDailyBars(_ code: StockCode, from: TradeDate, to: TradeDate) async throws -> [DailyBar] {
        guard from <= to else { return [] }
        var bars: [TradeDate: DailyBar] = [:]
        var end = to
        for page in 1...max(1, configuration.maxPages) {
            let query = [
                ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", code.rawValue), ("FID_INPUT_DATE_1", from.compact),
                ("FID_INPUT_DATE_2", end.compact), ("FID_PERIOD_DIV_CODE", "D"), ("FID_ORG_ADJ_PRC", "0"),
            ]
            let response = try await perform(KISCall(endpoint: .dailyChart, query: query, page: page))
            let dto = try response.decode(DailyChartResponseDTO.self)
            let received = try Self.mapRows(dto.bars, field: "output2", response: response, isBlank: \.isBlank) {
                try $0.bar($1, code: code)
            }
            try BarCheck.daily(received, code: code, from: from, through: end)
            for bar in received { bars[bar.date] = bar }
            guard let oldest = received.map(\.date).min(), oldest > from else {
                return bars.values.sorted { $0.date < $1.date }
            }
            end = oldest.adding(days: -1)
        }
        throw KISError(
            .pageLimitExceeded, "\(from)…\(to) needs more than \(configuration.maxPages) calls",
            operation: KISEndpoint.dailyChart.name)
    }
}
