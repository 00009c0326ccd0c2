extension SimulatorState {
    /// 주식주문(정정취소) (TTTC0013U / VTTC0013U, old 0803U): cancels (`02`) or amends (`01`) all
    /// (`QTY_ALL_ORD_YN Y`) or part (`N` with `ORD_QTY`) of an order's open quantity.
    ///
    /// The amend or cancel is an order of its own with a new number and `orgn_odno` = the
    /// original; filled quantity cannot be touched. An amend is checked like a new order (session,
    /// tick, band, the extra cash a dearer buy needs) and matched on arrival.
    func amendOrCancel(_ request: SimRequest, side: SimulatorSide, now: KSTTime, trID: String) throws(RouteRefusal)
        -> SimResponse
    {
        let required = ["CANO", "ACNT_PRDT_CD", "ORGN_ODNO", "RVSE_CNCL_DVSN_CD"]
        let (body, accountBook) = try orderRequest(request, side: side, required: required)
        var book = accountBook
        let refuse = { (refusal: Refusal) in self.orderRefusal(refusal, side: side, now: now, trID: trID) }
        let number = Int((body["ORGN_ODNO"] ?? "").trimmingSpaces)
        guard let number, let index = book.orders.firstIndex(where: { Int($0.odno) == number && $0.date == now.date })
        else { return refuse(Refusal(reason: .orderNotFound)) }
        let target = book.orders[index]
        guard target.remainingQuantity > 0 else { return refuse(Refusal(reason: .nothingToAmend)) }
        let isCancel = (body["RVSE_CNCL_DVSN_CD"] ?? "").trimmingSpaces == "02"
        let askedType = (body["ORD_DVSN"] ?? "").trimmingSpaces
        let orderType = isCancel || askedType.isEmpty ? target.orderType : askedType
        let admission: Admission
        switch rules.admit(orderType: orderType, venue: target.route, side: side, at: now, calendar: market.calendar) {
        case .failure(let refusal): return refuse(refusal)
        case .success(let value): admission = value
        }
        let all = (body["QTY_ALL_ORD_YN"] ?? "Y").trimmingSpaces.uppercased() != "N"
        let quantity = all ? target.remainingQuantity : Int((body["ORD_QTY"] ?? "").trimmingSpaces) ?? 0
        guard quantity > 0 else { return refuse(Refusal(reason: .badQuantity)) }
        guard quantity <= target.remainingQuantity else { return refuse(Refusal(reason: .amendQuantityAboveOpen)) }
        var record = OrderRecord(
            odno: "", branch: book.branch,
            kind: isCancel ? .cancel(original: target.odno) : .amend(original: target.odno),
            date: now.date, second: now.wholeSecondOfDay, code: target.code, name: target.name, side: target.side,
            orderType: orderType, quantity: quantity, price: target.price, checkedUntil: now.secondsSinceEpoch,
            isRecorded: false, venue: target.venue, route: admission.route)
        let quote = arrivalQuote(target.code, at: now)
        if !isCancel {
            record.price = 0
            if !record.isMarket {
                let price = Int((body["ORD_UNPR"] ?? "").trimmingSpaces) ?? 0
                guard let quote else { return refuse(Refusal(reason: .unknownStock)) }
                if let refusal = OrderRules.checkPrice(
                    price, orderType: orderType, kind: market.stock(target.code)?.resolvedKind ?? .stock,
                    previousClose: quote.previousClose, todayClose: quote.todayClose)
                {
                    return refuse(refusal)
                }
                record.price = price
            }
            if target.side == .buy {
                let extra = quantity * (reservationPrice(record, at: now) - reservationPrice(target, at: now))
                guard extra <= availableCash(book, now: now) else { return refuse(Refusal(reason: .insufficientCash)) }
            }
        }
        record.odno = book.takeOrderNumber()
        book.orders[index].cancelledQuantity += quantity
        let placed = book.accept(record)
        if !isCancel, let quote {
            book.matchOnArrival(
                order: placed, session: admission.session, quote: quote, second: now.wholeSecondOfDay,
                date: now.date, fills: rules.fills)
        }
        accounts[side] = book
        return success(orderReply(OrderMessages.amended(side, isCancel: isCancel), order: record, now: now), trID: trID)
    }
}
