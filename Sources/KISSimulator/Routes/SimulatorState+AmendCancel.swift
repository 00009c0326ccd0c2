extension SimulatorState {
    /// 주식주문(정정취소) (TTTC0013U / VTTC0013U, old 0803U): cancels (`02`) or amends (`01`) the open
    /// quantity of an order; filled quantity cannot be touched.
    func amendOrCancel(_ request: SimRequest, side: SimulatorSide, now: KSTTime, trID: String) -> SimResponse {
        let body: [String: String]
        switch OrderBody.parse(request.body, required: ["CANO", "ACNT_PRDT_CD", "ORGN_ODNO", "RVSE_CNCL_DVSN_CD"]) {
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
        let nothing = (("APBK0918", "정정/취소할 수량이 없습니다."), ("APBK0918", "모의투자 정정/취소할 수량이 없습니다."))
        let original = (body["ORGN_ODNO"] ?? "").trimmingSpaces
        guard let index = book.orders.firstIndex(where: { Int($0.odno) == Int(original) && Int(original) != nil }),
            book.orders[index].date == now.date, book.orders[index].remainingQuantity > 0
        else { return reject(nothing.0, nothing.1) }
        guard OrderBody.isInSession(now, calendar: market.calendar) else {
            return reject(("APBK0919", "장운영시간이 아닙니다."), ("40580000", "모의투자 장종료 입니다."))
        }
        let target = book.orders[index]
        let all = (body["QTY_ALL_ORD_YN"] ?? "Y").uppercased() != "N"
        let asked = Int(body["ORD_QTY"] ?? "") ?? 0
        let quantity = all ? target.remainingQuantity : asked
        guard quantity > 0, quantity <= target.remainingQuantity else {
            return reject(("APBK0917", "정정/취소 수량이 가능수량을 초과합니다."), ("40350000", "모의투자 정정/취소 수량 오류입니다."))
        }
        let isCancel = body["RVSE_CNCL_DVSN_CD"] == "02"
        var record = OrderRecord(
            odno: "", branch: book.branch,
            kind: isCancel ? .cancel(original: target.odno) : .amend(original: target.odno),
            date: now.date, second: now.wholeSecondOfDay, code: target.code, name: target.name, side: target.side,
            orderType: body["ORD_DVSN"] ?? target.orderType, quantity: quantity, price: target.price,
            checkedUntil: now.secondsSinceEpoch, isRecorded: false)
        if !isCancel {
            let price = Int(body["ORD_UNPR"] ?? "") ?? 0
            guard let quote = market.lastPrice(target.code, at: now) else { return reject(nothing.0, nothing.1) }
            if !record.isMarket {
                guard TickTable.isOnGrid(price), price >= TickTable.lowerLimit(previousClose: quote.previousClose),
                    price <= TickTable.upperLimit(previousClose: quote.previousClose)
                else { return reject(("APBK0507", "주문단가가 호가단위에 맞지 않습니다."), ("40320000", "모의투자 호가단위 오류입니다.")) }
                record.price = price
            } else {
                record.price = 0
            }
        }
        record.odno = book.takeOrderNumber()
        book.orders[index].cancelledQuantity += quantity
        book.orders.append(record)
        if !isCancel, let quote = market.lastPrice(record.code, at: now) {
            book.fillIfMarketable(order: book.orders.count - 1, lastPrice: quote.price, now: now)
        }
        accounts[side] = book
        let done =
            side == .real
            ? ("APBK0013", "주문 전송 완료 되었습니다.")
            : isCancel ? ("40630000", "모의투자 취소주문이 완료 되었습니다.") : ("40620000", "모의투자 정정주문이 완료 되었습니다.")
        return success(orderReply(done, order: record, now: now), trID: trID)
    }
}
