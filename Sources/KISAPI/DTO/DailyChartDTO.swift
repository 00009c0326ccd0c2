import PortfolioModel

/// The answer of inquire-daily-itemchartprice (SPEC §6.3): `output2` up to 100 days, newest first.
struct DailyChartResponseDTO: Decodable {
    var bars: [DailyBarDTO]?

    enum CodingKeys: String, CodingKey {
        case bars = "output2"
    }
}

/// One day of inquire-daily-itemchartprice `output2`.
struct DailyBarDTO: Decodable {
    var date: String?
    var close: String?
    var open: String?
    var high: String?
    var low: String?
    var volume: String?
    var turnover: String?

    enum CodingKeys: String, CodingKey {
        case date = "stck_bsop_date"
        case close = "stck_clpr"
        case open = "stck_oprc"
        case high = "stck_hgpr"
        case low = "stck_lwpr"
        case volume = "acml_vol"
        case turnover = "acml_tr_pbmn"
    }

    /// KIS pads short answers with `{}` objects (PYKIS drops them too).
    var isBlank: Bool { (date ?? "").trimmingSpaces().isEmpty }

    func bar(_ r: FieldReader, code: StockCode) throws -> DailyBar {
        DailyBar(
            code: code, date: try r.date(date, CodingKeys.date), open: try r.krw(open, CodingKeys.open),
            high: try r.krw(high, CodingKeys.high), low: try r.krw(low, CodingKeys.low),
            close: try r.krw(close, CodingKeys.close), volume: try r.int(volume, CodingKeys.volume),
            turnover: try r.krw(turnover, CodingKeys.turnover))
    }
}
