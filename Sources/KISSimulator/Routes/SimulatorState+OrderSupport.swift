extension SimulatorState {
    /// The order TRs' reply: envelope first, then `output` with UPPER-CASE keys.
    func orderReply(_ message: MessageText, order: OrderRecord, now: KSTTime) -> JSONObject {
        var body = envelope((message.code, message.text))
        body["output"] = .object([
            "KRX_FWDG_ORD_ORGNO": .string(order.branch), "ODNO": .string(order.odno),
            "ORD_TMD": .string(now.compactTime),
        ])
        return body
    }

    /// A refused order: HTTP 200, real `rt_cd "7"` / paper `"1"`, no `output` (SPEC §5.7).
    func orderRefusal(_ refusal: Refusal, side: SimulatorSide, now: KSTTime, trID: String) -> SimResponse {
        let message = rules.reply(refusal, side: side, second: now.wholeSecondOfDay)
        let body = envelope((message.code, message.text), rtCode: side == .real ? "7" : "1")
        return success(body, trID: trID).withError(message.code)
    }

    /// The order body's fields (each of `required` present) and the book of the account they name.
    /// - Throws: The refusal to send for an unreadable body, a missing field or another account.
    func orderRequest(_ request: SimRequest, side: SimulatorSide, required: [String]) throws(RouteRefusal)
        -> (body: [String: String], book: AccountBook)
    {
        let body = try OrderBody.parse(request.body, required: required)
        return (body, try accountBook(cano: body["CANO"] ?? "", product: body["ACNT_PRDT_CD"] ?? "", side: side))
    }

    /// Prices an arriving order meets, or nil for an unknown stock.
    func arrivalQuote(_ code: String, at now: KSTTime) -> ArrivalQuote? {
        guard let last = market.lastPrice(code, at: now) else { return nil }
        let second = now.wholeSecondOfDay
        let session = market.series[code]?.session(on: now.date)
        let minute = (second - Session.openSecond) / 60
        let running = second >= Session.openSecond && second < Session.closeSecond
        return ArrivalQuote(
            lastPrice: last.price, previousClose: last.previousClose,
            todayClose: second >= Session.closeSecond ? session?.daily.close : nil,
            bar: running ? session?.bars.first { $0.index == minute } : nil)
    }

    /// The unit price a buy reserves: its limit, or the upper limit for market-type orders
    /// (SPEC §5.7 rule 2).
    func reservationPrice(_ order: OrderRecord, at now: KSTTime) -> Int {
        if order.price > 0 { return order.price }
        guard let quote = market.lastPrice(order.code, at: now) else { return 0 }
        return TickTable.upperLimit(
            previousClose: quote.previousClose, kind: market.stock(order.code)?.resolvedKind ?? .stock)
    }
}

extension SimResponse {
    /// This reply marked as a refusal with `code` (for the stats).
    func withError(_ code: String) -> SimResponse {
        var copy = self
        copy.errorCode = code
        return copy
    }
}

/// Order-body rules: a JSON object of strings with UPPER-CASE keys (SPEC §2.1).
enum OrderBody {
    static func parse(_ bytes: [UInt8], required: [String]) throws(RouteRefusal) -> [String: String] {
        guard let fields = RequestBody.strings(bytes) else {
            throw RouteRefusal(response: .envelope(500, KISMessage.badBody.0, KISMessage.badBody.1))
        }
        for key in required where fields[key] == nil {
            let message = key == "CANO" || key == "ACNT_PRDT_CD" ? KISMessage.badAccount : KISMessage.badField
            throw RouteRefusal(response: .envelope(500, message.0, message.1))
        }
        return fields
    }

    /// The venue asked for, or nil for an unknown `EXCG_ID_DVSN_CD`.
    ///
    /// The current TR ids read `EXCG_ID_DVSN_CD` (blank = KRX); the old ids
    /// (`…0801U`/`0802U`/`0803U`) are KRX only (SPEC §4).
    static func venue(_ body: [String: String], trID: String) -> Venue? {
        let old = ["0801U", "0802U", "0803U"].contains { trID.uppercased().hasSuffix($0) }
        let text = (body["EXCG_ID_DVSN_CD"] ?? "").trimmingSpaces.uppercased()
        if old || text.isEmpty { return .krx }
        return Venue(rawValue: text)
    }
}
