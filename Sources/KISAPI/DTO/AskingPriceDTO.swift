import PortfolioModel

/// The answer of inquire-asking-price-exp-ccn (SPEC §6.2): `output1` order book, `output2` auction data.
struct AskingPriceResponseDTO: Decodable {
    var book: AskingPriceDTO?

    enum CodingKeys: String, CodingKey {
        case book = "output1"
    }
}

/// inquire-asking-price-exp-ccn `output1`, level 1 and totals.
struct AskingPriceDTO: Decodable {
    var time: String?
    var ask: String?
    var bid: String?
    var askQuantity: String?
    var bidQuantity: String?
    var totalAsk: String?
    var totalBid: String?

    enum CodingKeys: String, CodingKey {
        case time = "aspr_acpt_hour"
        case ask = "askp1"
        case bid = "bidp1"
        case askQuantity = "askp_rsqn1"
        case bidQuantity = "bidp_rsqn1"
        case totalAsk = "total_askp_rsqn"
        case totalBid = "total_bidp_rsqn"
    }

    func best(_ r: FieldReader, code: StockCode) throws -> BestBidAsk {
        BestBidAsk(
            code: code, time: (time ?? "").trimmingSpaces().isEmpty ? nil : try r.time(time, CodingKeys.time),
            askPrice: try r.krw(ask, CodingKeys.ask), askQuantity: try r.int(askQuantity, CodingKeys.askQuantity),
            bidPrice: try r.krw(bid, CodingKeys.bid), bidQuantity: try r.int(bidQuantity, CodingKeys.bidQuantity),
            totalAskQuantity: try r.int(totalAsk, CodingKeys.totalAsk),
            totalBidQuantity: try r.int(totalBid, CodingKeys.totalBid))
    }
}
