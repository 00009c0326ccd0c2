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
    /// The venue asked for (`EXCG_ID_DVSN_CD`), shown in the inquiry rows.
    var venue: Venue = .krx
    /// Where it matches: KRX or NXT (SOR resolved at arrival).
    var route: Venue = .krx
    /// The last minute bar (index) whose liquidity this order has used, so no bar fills it twice.
    var consumedBar = -1

    /// Sent with `ORD_UNPR "0"`: market-like or fixed-price types.
    var isMarket: Bool { OrderTypes.priceless.contains(orderType) }
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
        case "05": "장전 시간외"
        case "06": "장후 시간외"
        case "07": "시간외 단일가"
        case "11": "IOC지정가"
        case "12": "FOK지정가"
        case "13": "IOC시장가"
        case "14": "FOK시장가"
        case "15": "IOC최유리"
        case "16": "FOK최유리"
        case "21": "중간가"
        case "22": "스톱지정가"
        case "23": "중간가IOC"
        case "24": "중간가FOK"
        default: "지정가"
        }
    }
}
