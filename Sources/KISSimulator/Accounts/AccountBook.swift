/// One account's ledger: credentials, cash, positions and orders (with their fills).
///
/// Figures that KIS derives (D+2 cash, today's amounts, fees) are computed from the ledger on demand,
/// so balance totals always equal the sum of their rows. Confined to the state actor.
struct AccountBook: Sendable {
    let side: SimulatorSide
    let appKey: String
    let appSecret: String
    let cano: String
    let productCode: String
    let htsId: String
    /// D+0 cash at the start moment; fills made in the simulator move it when they settle.
    let startCash: Int
    /// Today's fees of the recorded fills, when the scenario states them.
    let recordedFees: Int?
    let startDate: KSTDate
    var positions: [Position]
    var orders: [OrderRecord]
    var nextOrderNumber: Int
    /// Order events not yet published as execution notices (drained by the state after each change).
    var events: [OrderEvent] = []

    /// 주문채번지점번호: KIS uses 06010-style branches on real accounts and 00950 on paper.
    var branch: String { side == .real ? "06010" : "00950" }

    /// Books a newly accepted order (or amend/cancel order) and notes its acknowledgement; returns its index.
    mutating func accept(_ order: OrderRecord) -> Int {
        orders.append(order)
        events.append(.accepted(order))
        return orders.count - 1
    }

    /// Cancels the open rest of IOC/FOK order `index` at `second` and notes it (ACPT_YN 3).
    mutating func expire(order index: Int, second: Int) {
        let quantity = orders[index].remainingQuantity
        guard quantity > 0 else { return }
        orders[index].cancelledQuantity += quantity
        events.append(.expired(orders[index], quantity: quantity, second: second))
    }

    /// The next 10-digit order number.
    mutating func takeOrderNumber() -> String {
        defer { nextOrderNumber += 1 }
        return pad(nextOrderNumber, 10)
    }

    /// Cash effect of a fill once settled: buys pay amount + commission, sells receive amount − costs.
    func net(_ fill: Fill, side: OrderSide) -> Int {
        let costs = FeeSchedule.costs(of: fill, side: side)
        return side == .buy ? -(fill.amount + costs) : fill.amount - costs
    }

    /// All fills with their order side.
    var allFills: [(side: OrderSide, code: String, fill: Fill)] {
        orders.flatMap { order in order.fills.map { (order.side, order.code, $0) } }
    }

    /// 예수금총금액 (D+0): start cash plus simulator fills that have settled by `today`.
    func cashD0(today: KSTDate, calendar: MarketCalendar) -> Int {
        allFills.filter { $0.fill.movesCash && calendar.settlementDay(of: $0.fill.date) <= today }
            .reduce(startCash) { $0 + net($1.fill, side: $1.side) }
    }

    /// 가수도정산금액 (D+2): start cash plus every simulator fill.
    var cashD2: Int {
        allFills.filter(\.fill.movesCash).reduce(startCash) { $0 + net($1.fill, side: $1.side) }
    }

    /// Net cash effect of all fills on `date`, recorded ones included (yesterday's assets are
    /// today's less what today's trades changed).
    func netOfFills(on date: KSTDate) -> Int {
        allFills.filter { $0.fill.date == date }.reduce(0) { $0 + net($1.fill, side: $1.side) }
    }

    /// Fees and taxes of the fills on `date` (제비용).
    func feesAndTaxes(on date: KSTDate) -> Int {
        let overridden = recordedFees != nil && date == startDate
        let computed = allFills.filter { $0.fill.date == date && ($0.fill.movesCash || !overridden) }
            .reduce(0) { $0 + FeeSchedule.costs(of: $1.fill, side: $1.side) }
        return computed + (overridden ? recordedFees ?? 0 : 0)
    }

    /// Fees of the recorded (scenario) fills of the start day.
    var recordedFeesOfStartDay: Int {
        recordedFees
            ?? allFills.filter { !$0.fill.movesCash && $0.fill.date == startDate }
            .reduce(0) { $0 + FeeSchedule.costs(of: $1.fill, side: $1.side) }
    }

    /// Recorded fees not yet settled: the scenario's cash does not include them, but they are not
    /// available for new orders either.
    func unsettledRecordedFees(today: KSTDate, calendar: MarketCalendar) -> Int {
        calendar.settlementDay(of: startDate) > today ? recordedFeesOfStartDay : 0
    }

    /// Bought or sold quantity and amount of `code` (or all codes) on `date`.
    func traded(_ side: OrderSide, code: String? = nil, on date: KSTDate) -> (quantity: Int, amount: Int) {
        allFills.filter { $0.side == side && $0.fill.date == date && (code == nil || $0.code == code) }
            .reduce((0, 0)) { ($0.0 + $1.fill.quantity, $0.1 + $1.fill.amount) }
    }

    /// Quantity tied up in open sell orders of `code`.
    func openSellQuantity(_ code: String) -> Int {
        orders.filter { $0.code == code && $0.side == .sell }.reduce(0) { $0 + $1.remainingQuantity }
    }

    /// Index of the position in `code`, created when missing.
    mutating func positionIndex(_ code: String, name: String) -> Int {
        if let index = positions.firstIndex(where: { $0.code == code }) { return index }
        positions.append(Position(code: code, name: name, quantity: 0, cost: 0, averagePrice: 0, lastSellDate: nil))
        return positions.count - 1
    }

    /// Books a fill against order `index` and the position.
    mutating func record(_ fill: Fill, order index: Int) {
        orders[index].fills.append(fill)
        let order = orders[index]
        events.append(.filled(order, fill))
        let p = positionIndex(order.code, name: order.name)
        switch order.side {
        case .buy: positions[p].applyBuy(quantity: fill.quantity, price: fill.price)
        case .sell: positions[p].applySell(quantity: fill.quantity, on: fill.date)
        }
    }
}
