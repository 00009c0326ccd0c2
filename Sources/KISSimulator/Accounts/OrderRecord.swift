/// Buy or sell (`sll_buy_dvsn_cd` 02 / 01).
enum OrderSide: String, Sendable {
    case buy = "02"
    case sell = "01"
}

/// One execution (체결) of an order.
struct Fill: Sendable {
    var date: KSTDate
    /// Second of the KST day.
    var second: Int
    var quantity: Int
    var price: Int
    /// False for scenario history, whose cash effect is already in the scenario's `cash`.
    var movesCash: Bool
    var amount: Int { quantity * price }
}

/// An order as the exchange's ledger keeps it: a new order, or an amend/cancel of one.
struct OrderRecord: Sendable {
    enum Kind: Sendable, Equatable {
        case new
        case amend(original: String)
        case cancel(original: String)
    }

    var odno: String
    var branch: String
    var kind: Kind
    var date: KSTDate
    var second: Int
    var code: String
    var name: String
    var side: OrderSide
    /// ORD_DVSN.
    var orderType: String
    var quantity: Int
    /// Limit price; 0 for market orders.
    var price: Int
    var fills: [Fill] = []
    var cancelledQuantity = 0
    /// Up to when the market has been checked for fills (simulated seconds since the epoch).
    var checkedUntil: Double
    /// Recorded history from the scenario rather than an order sent to the simulator.
    var isRecorded: Bool

    var isMarket: Bool { ["01", "03", "04", "13", "14", "15", "16"].contains(orderType) }
    var filledQuantity: Int { fills.reduce(0) { $0 + $1.quantity } }
    var filledAmount: Int { fills.reduce(0) { $0 + $1.amount } }
    /// 잔여수량: open quantity that can still fill, amend or cancel.
    var remainingQuantity: Int {
        if case .cancel = kind { return 0 }
        return max(0, quantity - filledQuantity - cancelledQuantity)
    }
    var averageFillPrice: Double { filledQuantity == 0 ? 0 : Double(filledAmount) / Double(filledQuantity) }
    var originalNumber: String {
        switch kind {
        case .new: ""
        case .amend(let original), .cancel(let original): original
        }
    }

    /// 주문구분명.
    var orderTypeName: String {
        switch orderType {
        case "00": "지정가"
        case "01": "시장가"
        case "02": "조건부지정가"
        case "03": "최유리지정가"
        case "04": "최우선지정가"
        case "11": "IOC지정가"
        case "12": "FOK지정가"
        default: "지정가"
        }
    }
}
