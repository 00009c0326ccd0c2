extension SimulatorState {
    /// 주식주문(현금) (TTTC0012U/0011U, VTTC…, old 0802U/0801U).
    ///
    /// Checks in SPEC §5.7's order: stock → session and venue → `ORD_DVSN` in that session →
    /// quantity → tick → band → cash (buys; market-type at the upper limit) or sellable quantity
    /// (sells). An accepted order is booked, reserves cash or shares, and is matched at once in its
    /// session (partially, when it is large against the running minute's volume).
    func placeOrder(_ request: SimRequest, side: SimulatorSide, orderSide: OrderSide, now: KSTTime, trID: String)
        throws(RouteRefusal) -> SimResponse
    {
        let required = ["CANO", "ACNT_PRDT_CD", "PDNO", "ORD_DVSN", "ORD_QTY", "ORD_UNPR"]
        let (body, accountBook) = try orderRequest(request, side: side, required: required)
        var book = accountBook
        let refuse = { (refusal: Refusal) in self.orderRefusal(refusal, side: side, now: now, trID: trID) }
        let code = (body["PDNO"] ?? "").trimmingSpaces
        guard let stock = market.stock(code), let quote = arrivalQuote(code, at: now) else {
            return refuse(Refusal(reason: .unknownStock))
        }
        let orderType = (body["ORD_DVSN"] ?? "").trimmingSpaces
        guard let venue = OrderBody.venue(body, trID: trID) else {
            return refuse(Refusal(reason: .orderTypeNotAllowed))
        }
        let admission: Admission
        switch rules.admit(orderType: orderType, venue: venue, side: side, at: now, calendar: market.calendar) {
        case .failure(let refusal): return refuse(refusal)
        case .success(let value): admission = value
        }
        guard let quantity = Int((body["ORD_QTY"] ?? "").trimmingSpaces), quantity > 0,
            let limit = Int((body["ORD_UNPR"] ?? "").trimmingSpaces), limit >= 0
        else { return refuse(Refusal(reason: .badQuantity)) }
        var order = OrderRecord(
            odno: "", branch: book.branch, kind: .new, date: now.date, second: now.wholeSecondOfDay, code: code,
            name: stock.name, side: orderSide, orderType: orderType, quantity: quantity, price: 0,
            checkedUntil: now.secondsSinceEpoch, isRecorded: false, venue: venue, route: admission.route)
        if !order.isMarket {
            if let refusal = OrderRules.checkPrice(
                limit, orderType: orderType, kind: stock.resolvedKind, previousClose: quote.previousClose,
                todayClose: quote.todayClose)
            {
                return refuse(refusal)
            }
            order.price = limit
        }
        switch orderSide {
        case .buy:
            guard quantity * reservationPrice(order, at: now) <= availableCash(book, now: now) else {
                return refuse(Refusal(reason: .insufficientCash))
            }
        case .sell:
            let held = book.positions.first { $0.code == code }?.quantity ?? 0
            guard quantity <= held - book.openSellQuantity(code) else {
                return refuse(Refusal(reason: .insufficientQuantity))
            }
        }
        order.odno = book.takeOrderNumber()
        let index = book.accept(order)
        book.matchOnArrival(
            order: index, session: admission.session, quote: quote, second: now.wholeSecondOfDay,
            date: now.date, fills: rules.fills)
        accounts[side] = book
        let done = OrderMessages.accepted(side, orderSide: orderSide)
        return success(orderReply(done, order: order, now: now), trID: trID)
    }
}
