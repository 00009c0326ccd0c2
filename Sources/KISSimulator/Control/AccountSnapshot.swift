/// A read-only view of one account for tests and `GET /__sim/account`.
package struct AccountSnapshot: Codable, Sendable {
    package var side: SimulatorSide
    /// `CANO-ACNT_PRDT_CD`.
    package var accountNumber: String
    package var htsId: String
    /// 예수금총금액 (D+0).
    package var cashD0: Int
    /// 가수도정산금액 (D+2).
    package var cashD2: Int
    /// 주문가능현금: D+2 less open buy reservations.
    package var availableCash: Int
    package var positions: [PositionSnapshot]
    package var orders: [OrderSnapshot]

    /// The position in `code`, if any.
    package func position(_ code: String) -> PositionSnapshot? { positions.first { $0.code == code } }

    /// The order numbered `odno`, if any.
    package func order(_ odno: String) -> OrderSnapshot? { orders.first { $0.odno == odno } }
}

/// One position of an ``AccountSnapshot``.
package struct PositionSnapshot: Codable, Sendable {
    package var code: String
    package var name: String
    package var quantity: Int
    package var averagePrice: Double
    package var cost: Int
}

/// One order of an ``AccountSnapshot``.
package struct OrderSnapshot: Codable, Sendable {
    package var odno: String
    /// The order amended or cancelled, for amend/cancel records.
    package var originalOdno: String
    /// `new`, `amend` or `cancel`.
    package var kind: String
    package var date: String
    package var time: String
    package var code: String
    /// `buy` or `sell`.
    package var side: String
    package var quantity: Int
    package var price: Int
    package var filledQuantity: Int
    package var filledAmount: Int
    package var remainingQuantity: Int
    package var cancelledQuantity: Int
}

extension SimulatorState {
    /// A snapshot of the account on `side`.
    func snapshot(_ side: SimulatorSide) -> AccountSnapshot? {
        let now = self.now
        for key in accounts.keys { accounts[key]?.advance(to: now, market: market, rules: rules) }
        guard let book = accounts[side] else { return nil }
        return AccountSnapshot(
            side: side, accountNumber: book.cano + "-" + book.productCode, htsId: book.htsId,
            cashD0: book.cashD0(today: now.date, calendar: market.calendar), cashD2: book.cashD2,
            availableCash: availableCash(book, now: now),
            positions: book.positions.map {
                PositionSnapshot(
                    code: $0.code, name: $0.name, quantity: $0.quantity, averagePrice: $0.averagePrice, cost: $0.cost)
            },
            orders: book.orders.map { order in
                let kind: String =
                    switch order.kind {
                    case .new: "new"
                    case .amend: "amend"
                    case .cancel: "cancel"
                    }
                return OrderSnapshot(
                    odno: order.odno, originalOdno: order.originalNumber, kind: kind, date: order.date.iso,
                    time: KSTTime.compactTime(order.second), code: order.code,
                    side: order.side == .buy ? "buy" : "sell",
                    quantity: order.quantity, price: order.price, filledQuantity: order.filledQuantity,
                    filledAmount: order.filledAmount, remainingQuantity: order.remainingQuantity,
                    cancelledQuantity: order.cancelledQuantity)
            })
    }
}
