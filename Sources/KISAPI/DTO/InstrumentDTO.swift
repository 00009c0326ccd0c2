import PortfolioModel

/// The inquire-price fields an order check needs beyond the quote: the band and the tick.
struct PriceBandDTO: Decodable {
    var upper: String?
    var lower: String?
    var tick: String?

    enum CodingKeys: String, CodingKey {
        case upper = "stck_mxpr"
        case lower = "stck_llam"
        case tick = "aspr_unit"
    }
}

/// inquire-price with the quote and the band in one `output`.
struct PriceBandResponseDTO: Decodable {
    var output: PriceBandDTO?
}

/// inquire-daily-itemchartprice `output1`, of which only the stock's name is read.
struct ChartHeaderResponseDTO: Decodable {
    struct Header: Decodable {
        var name: String?
        enum CodingKeys: String, CodingKey { case name = "hts_kor_isnm" }
    }
    var header: Header?

    enum CodingKeys: String, CodingKey { case header = "output1" }
}
