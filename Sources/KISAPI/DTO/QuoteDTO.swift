import PortfolioModel

/// The answer of inquire-price (SPEC §6.1): one `output` object of ~80 fields, of which the quote uses nine.
struct QuoteResponseDTO: Decodable {
    var output: QuoteDTO?
}

/// inquire-price `output`.
struct QuoteDTO: Decodable {
    var price: String?
    var change: String?
    var changeRate: String?
    var open: String?
    var high: String?
    var low: String?
    var previousClose: String?
    var volume: String?
    var upperLimit: String?
    var lowerLimit: String?

    enum CodingKeys: String, CodingKey {
        case price = "stck_prpr"
        case change = "prdy_vrss"
        case changeRate = "prdy_ctrt"
        case open = "stck_oprc"
        case high = "stck_hgpr"
        case low = "stck_lwpr"
        case previousClose = "stck_sdpr"
        case volume = "acml_vol"
        case upperLimit = "stck_mxpr"
        case lowerLimit = "stck_llam"
    }

    /// Today's price limits 상한가 `stck_mxpr` / 하한가 `stck_llam`, when KIS sent both (used to check the quote).
    func limits(_ r: FieldReader) throws -> PriceLimits? {
        guard let upperLimit, let lowerLimit else { return nil }
        return PriceLimits(
            upper: try r.krw(upperLimit, CodingKeys.upperLimit), lower: try r.krw(lowerLimit, CodingKeys.lowerLimit))
    }

    func quote(_ r: FieldReader, code: StockCode) throws -> Quote {
        Quote(
            code: code, price: try r.krw(price, CodingKeys.price), change: try r.krw(change, CodingKeys.change),
            changeRate: try r.percent(changeRate, CodingKeys.changeRate), open: try r.krw(open, CodingKeys.open),
            high: try r.krw(high, CodingKeys.high), low: try r.krw(low, CodingKeys.low),
            previousClose: try r.krw(previousClose, CodingKeys.previousClose),
            volume: try r.int(volume, CodingKeys.volume))
    }
}
