extension AccountBook {
    /// Builds the ledger of a scenario account at the start moment.
    ///
    /// Recorded orders are checked for fills only from `start` on: what happened before is what
    /// the scenario says happened.
    init(_ account: ScenarioAccount, stocks: [String: ScenarioStock], start: KSTTime) {
        let today = start.date
        let firstNumber = account.nextOrderNumber ?? (account.side == .real ? 120_000 : 8_600)
        side = account.side
        appKey = account.appKey
        appSecret = account.appSecret
        cano = account.cano
        productCode = account.productCode
        htsId = account.htsId
        startCash = account.cash
        recordedFees = account.todayFees
        startDate = today
        nextOrderNumber = firstNumber
        positions = account.holdings.map { holding in
            Position(
                code: holding.code, name: stocks[holding.code]?.name ?? holding.code, quantity: holding.quantity,
                cost: Int((holding.averagePrice * Double(holding.quantity)).rounded(.toNearestOrEven)),
                averagePrice: holding.quantity == 0 ? 0 : holding.averagePrice, lastSellDate: nil)
        }
        orders = []
        let branch = account.side == .real ? "06010" : "00950"
        for (i, order) in (account.orders ?? []).enumerated() {
            let date = order.date.flatMap { KSTDate(parsing: $0) } ?? today
            let side: OrderSide = order.side.lowercased() == "sell" ? .sell : .buy
            let fills = (order.fills ?? []).map {
                Fill(
                    date: date, second: Self.second(of: $0.time), quantity: $0.quantity, price: $0.price,
                    movesCash: false)
            }
            orders.append(
                OrderRecord(
                    odno: order.odno ?? pad(max(1, firstNumber - 1000 + i), 10), branch: branch, kind: .new, date: date,
                    second: Self.second(of: order.time), code: order.code, name: stocks[order.code]?.name ?? order.code,
                    side: side, orderType: order.orderType ?? (order.price == 0 ? "01" : "00"),
                    quantity: order.quantity,
                    price: order.price, fills: fills, cancelledQuantity: order.cancelledQuantity ?? 0,
                    checkedUntil: start.secondsSinceEpoch, isRecorded: true))
            if side == .sell, !fills.isEmpty, let p = positions.firstIndex(where: { $0.code == order.code }) {
                positions[p].lastSellDate = max(positions[p].lastSellDate ?? date, date)
            }
        }
        orders.sort { ($0.date, $0.second, $0.odno) < ($1.date, $1.second, $1.odno) }
    }

    /// Seconds after midnight of an `HHMMSS` string.
    static func second(of time: String) -> Int {
        let value = Int(time.prefix(6)) ?? 0
        return value / 10000 * 3600 + value / 100 % 100 * 60 + value % 100
    }
}
