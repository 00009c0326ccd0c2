extension SimulatorState {
    /// 주식주문(현금) (TTTC0012U/0011U, VTTC…, old 0802U/0801U): books the order, reserves cash or
    /// shares, and fills it at once when it is marketable during the session.
    func placeOrder(_ request: SimRequest, side: SimulatorSide, orderSide: OrderSide, now: KSTTime, trID: String)
        -> SimResponse
    {
        let body: [String: String]
        switch OrderBody.parse(
            request.body, required: ["CANO", "ACNT_PRDT_CD", "PDNO", "ORD_DVSN", "ORD_QTY", "ORD_UNPR"])
        {
        case .failure(let refusal): return refusal.response
        case .success(let fields): body = fields
        }
        if let refusal = checkAccount(cano: body["CANO"] ?? "", product: body["ACNT_PRDT_CD"] ?? "", side: side) {
            return refusal
        }
        guard var book = accounts[side] else { return .envelope(500, KISMessage.badAccount.0, KISMessage.badAccount.1) }
        let reject = { (real: (String, String), paper: (String, String)) -> SimResponse in
            let message = KISMessage.orderRejection(side, real: real, paper: paper)
            return self.success(self.envelope(message, rtCode: "1"), trID: trID).withError(message.0)
        }
        let code = (body["PDNO"] ?? "").trimmingSpaces
        guard let stock = market.stock(code), let quote = market.lastPrice(code, at: now) else {
            return reject(("APBK0656", "해당종목정보가 없습니다."), ("40070000", "모의투자 해당종목정보가 없습니다."))
        }
        guard OrderBody.isInSession(now, calendar: market.calendar) else {
            return reject(("APBK0919", "장운영시간이 아닙니다."), ("40580000", "모의투자 장종료 입니다."))
        }
        let orderType = body["ORD_DVSN"] ?? "00"
        guard let quantity = Int(body["ORD_QTY"] ?? ""), quantity > 0, let limit = Int(body["ORD_UNPR"] ?? "") else {
            return reject(("APBK0506", "주문수량을 확인하여 주십시오."), ("40300000", "모의투자 주문수량을 확인하여 주십시오."))
        }
        var order = OrderRecord(
            odno: "", branch: book.branch, kind: .new, date: now.date, second: now.wholeSecondOfDay, code: code,
            name: stock.name, side: orderSide, orderType: orderType, quantity: quantity, price: 0,
            checkedUntil: now.secondsSinceEpoch, isRecorded: false)
        let upper = TickTable.upperLimit(previousClose: quote.previousClose)
        let lower = TickTable.lowerLimit(previousClose: quote.previousClose)
        if !order.isMarket {
            guard TickTable.isOnGrid(limit) else {
                return reject(("APBK0507", "주문단가가 호가단위에 맞지 않습니다."), ("40320000", "모의투자 호가단위 오류입니다."))
            }
            guard limit >= lower, limit <= upper else {
                return reject(("APBK0508", "주문단가가 상/하한가를 벗어났습니다."), ("40310000", "모의투자 상한가/하한가 오류입니다."))
            }
            order.price = limit
        }
        switch orderSide {
        case .buy:
            guard quantity * (order.isMarket ? upper : limit) <= availableCash(book, now: now) else {
                return reject(("APBK0952", "주문가능금액을 초과 했습니다"), ("40250000", "모의투자 주문가능금액이 부족합니다."))
            }
        case .sell:
            let held = book.positions.first { $0.code == code }?.quantity ?? 0
            guard quantity <= held - book.openSellQuantity(code) else {
                return reject(("APBK0400", "주문 가능한 수량을 초과하였습니다."), ("40240000", "모의투자 주문가능수량이 부족합니다."))
            }
        }
        order.odno = book.takeOrderNumber()
        book.orders.append(order)
        book.fillIfMarketable(order: book.orders.count - 1, lastPrice: quote.price, now: now)
        accounts[side] = book
        let done =
            side == .real
            ? ("APBK0013", "주문 전송 완료 되었습니다.")
            : ("40600000", orderSide == .buy ? "모의투자 매수주문이 완료 되었습니다." : "모의투자 매도주문이 완료 되었습니다.")
        return success(orderReply(done, order: order, now: now), trID: trID)
    }

    /// The order TRs' reply: envelope first, then `output` with UPPER-CASE keys.
    func orderReply(_ message: (String, String), order: OrderRecord, now: KSTTime) -> JSONObject {
        var body = envelope(message)
        body["output"] = .object([
            "KRX_FWDG_ORD_ORGNO": .string(order.branch), "ODNO": .string(order.odno),
            "ORD_TMD": .string(now.compactTime),
        ])
        return body
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
    static func parse(_ bytes: [UInt8], required: [String]) -> Result<[String: String], QuoteRefusal> {
        guard let fields = RequestBody.strings(bytes) else {
            return .failure(QuoteRefusal(response: .envelope(500, KISMessage.badBody.0, KISMessage.badBody.1)))
        }
        for key in required where fields[key] == nil {
            let message = key == "CANO" || key == "ACNT_PRDT_CD" ? KISMessage.badAccount : KISMessage.badField
            return .failure(QuoteRefusal(response: .envelope(500, message.0, message.1)))
        }
        return .success(fields)
    }

    /// Orders are accepted on trading days from 08:30 until the 15:30 close.
    static func isInSession(_ now: KSTTime, calendar: MarketCalendar) -> Bool {
        calendar.isTradingDay(now.date) && now.wholeSecondOfDay >= Session.orderAcceptStart
            && now.wholeSecondOfDay < Session.closeSecond
    }
}
