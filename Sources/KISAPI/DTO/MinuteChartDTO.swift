import PortfolioModel

/// The answer of inquire-time-itemchartprice (SPEC §6.4): `output1` summary, `output2` ≤30 bars newest first.
struct MinuteChartResponseDTO: Decodable {
    var summary: MinuteChartSummaryDTO?
    var bars: [MinuteBarDTO]?

    enum CodingKeys: String, CodingKey {
        case summary = "output1"
        case bars = "output2"
    }
}

/// inquire-time-itemchartprice `output1` (only the previous close is used).
struct MinuteChartSummaryDTO: Decodable {
    var previousClose: String?

    enum CodingKeys: String, CodingKey {
        case previousClose = "stck_prdy_clpr"
    }
}

/// One minute of inquire-time-itemchartprice `output2`.
struct MinuteBarDTO: Decodable {
    var date: String?
    var time: String?
    var close: String?
    var open: String?
    var high: String?
    var low: String?
    var volume: String?

    enum CodingKeys: String, CodingKey {
        case date = "stck_bsop_date"
        case time = "stck_cntg_hour"
        case close = "stck_prpr"
        case open = "stck_oprc"
        case high = "stck_hgpr"
        case low = "stck_lwpr"
        case volume = "cntg_vol"
    }

    var isBlank: Bool { (time ?? "").trimmingSpaces().isEmpty }

    func bar(_ r: FieldReader, code: StockCode) throws -> MinuteBar {
        let day = try r.date(date, CodingKeys.date)
        let minute = try r.time(time, CodingKeys.time)
        return MinuteBar(
            code: code, minute: day.at(minute), open: try r.krw(open, CodingKeys.open),
            high: try r.krw(high, CodingKeys.high), low: try r.krw(low, CodingKeys.low),
            close: try r.krw(close, CodingKeys.close), volume: try r.int(volume, CodingKeys.volume))
    }
}
