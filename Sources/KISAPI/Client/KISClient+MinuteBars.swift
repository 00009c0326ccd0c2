import Foundation
package import PortfolioModel

extension KISClient {
    /// Today's minute bars at or before `time` — at most 30, as one call returns (inquire-time-itemchartprice).
    ///
    /// To go further back, call again with a time before the oldest bar, or use ``fetchMinuteBars(_:from:through:)``.
    /// The newest bar may still be in progress (SPEC §6.4).
    /// - Parameters:
    ///   - code: The stock.
    ///   - time: The latest minute wanted (a future time means "now").
    /// - Returns: The bars oldest first, and yesterday's close (for the day's change).
    /// - Throws: ``KISError``.
    package func fetchMinuteBars(_ code: StockCode, through time: KSTTime) async throws
        -> (bars: [MinuteBar], previousClose: KRW)
    {
        try await minuteBars(code, through: time, page: 1)
    }

    /// Today's minute bars from `start` through `end`, paging backwards 30 bars per call, oldest first.
    /// - Parameters:
    ///   - code: The stock.
    ///   - start: The earliest minute wanted (e.g. 09:00).
    ///   - end: The latest minute wanted.
    /// - Returns: The bars oldest first, and yesterday's close.
    /// - Throws: ``KISError``; `.pageLimitExceeded` after `maxPages` calls.
    package func fetchMinuteBars(_ code: StockCode, from start: KSTTime, through end: KSTTime) async throws
        -> (bars: [MinuteBar], previousClose: KRW)
    {
        var bars: [Double: MinuteBar] = [:]
        var previousClose: KRW?
        var cursor = end
        for page in 1...max(1, configuration.maxPages) {
            let answer = try await minuteBars(code, through: cursor, page: page)
            previousClose = previousClose ?? answer.previousClose
            for bar in answer.bars where KST.timeOfDay(bar.minute) >= start {
                bars[bar.minute.timeIntervalSince1970] = bar
            }
            guard let oldest = answer.bars.first.map({ KST.timeOfDay($0.minute) }), oldest > start,
                oldest.secondOfDay > 0, oldest <= cursor
            else {
                return (bars.values.sorted { $0.minute < $1.minute }, previousClose ?? answer.previousClose)
            }
            cursor = KSTTime(secondOfDay: oldest.secondOfDay - 1)
        }
        throw KISError(
            .pageLimitExceeded, "\(start)…\(end) needs more than \(configuration.maxPages) calls",
            operation: KISEndpoint.minuteChart.name)
    }

    private func minuteBars(_ code: StockCode, through time: KSTTime, page: Int) async throws
        -> (bars: [MinuteBar], previousClose: KRW)
    {
        let query = [
            ("FID_ETC_CLS_CODE", ""), ("FID_COND_MRKT_DIV_CODE", "J"), ("FID_INPUT_ISCD", code.rawValue),
            ("FID_INPUT_HOUR_1", time.compact), ("FID_PW_DATA_INCU_YN", "N"),
        ]
        let response = try await perform(KISCall(endpoint: .minuteChart, query: query, page: page))
        let dto = try response.decode(MinuteChartResponseDTO.self)
        guard let summary = dto.summary else { throw Self.missingPayload("output1", response) }
        let previousClose = try Self.reader(response, field: "output1")
            .krw(summary.previousClose, MinuteChartSummaryDTO.CodingKeys.previousClose)
        let bars = try Self.mapRows(dto.bars, field: "output2", response: response, isBlank: \.isBlank) {
            try $0.bar($1, code: code)
        }
        try BarCheck.minute(bars, code: code, day: today, through: time, previousClose: previousClose)
        return (bars.sorted { $0.minute < $1.minute }, previousClose)
    }
}
