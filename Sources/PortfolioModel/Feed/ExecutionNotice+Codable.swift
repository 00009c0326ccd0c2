/// Codable by hand because ``AccountNumber`` is deliberately not Codable: it is written as `12345678-01`
/// (its ``AccountNumber/storageKey``) for the state the feed persists, and read back through its parser.
extension ExecutionNotice: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind, htsID, account, orderNumber, originalOrderNumber, side, orderTypeCode, condition, code, name
        case quantity, price, time, venue, routedTo, branch, orderQuantity, orderPrice, stopPrice
    }

    package init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        guard let account = AccountNumber(try c.decode(String.self, forKey: .account)) else {
            throw DecodingError.dataCorruptedError(
                forKey: .account, in: c, debugDescription: "not a 10-digit account number")
        }
        self.init(
            kind: try c.decode(Kind.self, forKey: .kind), htsID: try c.decode(String.self, forKey: .htsID),
            account: account, orderNumber: try c.decode(String.self, forKey: .orderNumber),
            originalOrderNumber: try c.decodeIfPresent(String.self, forKey: .originalOrderNumber),
            side: try c.decode(Side.self, forKey: .side),
            orderTypeCode: try c.decode(String.self, forKey: .orderTypeCode),
            condition: try c.decode(Condition.self, forKey: .condition),
            code: try c.decode(StockCode.self, forKey: .code), name: try c.decode(String.self, forKey: .name),
            quantity: try c.decode(Int64.self, forKey: .quantity), price: try c.decode(KRW.self, forKey: .price),
            time: try c.decode(KSTTime.self, forKey: .time), venue: try c.decode(Venue.self, forKey: .venue),
            routedTo: try c.decode(Venue.self, forKey: .routedTo), branch: try c.decode(String.self, forKey: .branch),
            orderQuantity: try c.decode(Int64.self, forKey: .orderQuantity),
            orderPrice: try c.decodeIfPresent(KRW.self, forKey: .orderPrice),
            stopPrice: try c.decodeIfPresent(KRW.self, forKey: .stopPrice))
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(htsID, forKey: .htsID)
        try c.encode(account.storageKey, forKey: .account)
        try c.encode(orderNumber, forKey: .orderNumber)
        try c.encodeIfPresent(originalOrderNumber, forKey: .originalOrderNumber)
        try c.encode(side, forKey: .side)
        try c.encode(orderTypeCode, forKey: .orderTypeCode)
        try c.encode(condition, forKey: .condition)
        try c.encode(code, forKey: .code)
        try c.encode(name, forKey: .name)
        try c.encode(quantity, forKey: .quantity)
        try c.encode(price, forKey: .price)
        try c.encode(time, forKey: .time)
        try c.encode(venue, forKey: .venue)
        try c.encode(routedTo, forKey: .routedTo)
        try c.encode(branch, forKey: .branch)
        try c.encode(orderQuantity, forKey: .orderQuantity)
        try c.encodeIfPresent(orderPrice, forKey: .orderPrice)
        try c.encodeIfPresent(stopPrice, forKey: .stopPrice)
    }
}
