/// Which KIS domain a listener, account or token belongs to.
package enum SimulatorSide: String, Codable, Sendable, CaseIterable {
    /// 실전 (openapi.koreainvestment.com:9443).
    case real
    /// 모의 (openapivts.koreainvestment.com:29443).
    case paper
}

/// One account of a scenario, with its credentials and its state at the scenario's start.
///
/// `holdings` and `cash` are the state *after* the listed orders' fills (what KIS shows at the
/// start moment); the orders are history that explains today's 매수/매도 figures.
package struct ScenarioAccount: Codable, Sendable {
    package var side: SimulatorSide
    package var appKey: String
    package var appSecret: String
    /// `CANO-ACNT_PRDT_CD`, for example `50123456-01`.
    package var account: String
    package var htsId: String
    /// 예수금총금액 (D+0 cash) at the start moment.
    package var cash: Int
    /// Today's fees and taxes of the listed fills; computed from them when absent.
    package var todayFees: Int?
    package var holdings: [ScenarioHolding]
    package var orders: [ScenarioOrder]?
    /// First order number handed out by order-cash (default 120000 real, 8600 paper).
    package var nextOrderNumber: Int?

    /// Creates an account.
    package init(
        side: SimulatorSide, appKey: String, appSecret: String, account: String, htsId: String, cash: Int,
        todayFees: Int? = nil, holdings: [ScenarioHolding], orders: [ScenarioOrder]? = nil, nextOrderNumber: Int? = nil
    ) {
        self.side = side
        self.appKey = appKey
        self.appSecret = appSecret
        self.account = account
        self.htsId = htsId
        self.cash = cash
        self.todayFees = todayFees
        self.holdings = holdings
        self.orders = orders
        self.nextOrderNumber = nextOrderNumber
    }

    /// The 8-digit CANO.
    package var cano: String { String(account.split(separator: "-").first ?? "") }
    /// The 2-digit ACNT_PRDT_CD (default `01`).
    package var productCode: String {
        let parts = account.split(separator: "-")
        return parts.count > 1 ? String(parts[1]) : "01"
    }
}

/// A position at the start moment.
package struct ScenarioHolding: Codable, Sendable {
    package var code: String
    package var quantity: Int
    /// 매입평균가격.
    package var averagePrice: Double

    /// Creates a holding.
    package init(code: String, quantity: Int, averagePrice: Double) {
        self.code = code
        self.quantity = quantity
        self.averagePrice = averagePrice
    }
}

/// An order placed before the start moment, with its fills.
package struct ScenarioOrder: Codable, Sendable {
    package var odno: String?
    /// `YYYY-MM-DD`; defaults to the clock's date.
    package var date: String?
    /// Order time `HHMMSS`.
    package var time: String
    package var code: String
    /// `buy` or `sell`.
    package var side: String
    /// ORD_DVSN (default `00` limit; `01` market).
    package var orderType: String?
    package var quantity: Int
    /// Limit price (0 for market orders).
    package var price: Int
    package var fills: [ScenarioFill]?
    /// Quantity already cancelled.
    package var cancelledQuantity: Int?

    /// Creates an order.
    package init(
        odno: String? = nil, date: String? = nil, time: String, code: String, side: String, orderType: String? = nil,
        quantity: Int, price: Int, fills: [ScenarioFill]? = nil, cancelledQuantity: Int? = nil
    ) {
        self.odno = odno
        self.date = date
        self.time = time
        self.code = code
        self.side = side
        self.orderType = orderType
        self.quantity = quantity
        self.price = price
        self.fills = fills
        self.cancelledQuantity = cancelledQuantity
    }
}

/// A fill of a scenario order.
package struct ScenarioFill: Codable, Sendable {
    /// `HHMMSS`.
    package var time: String
    package var quantity: Int
    package var price: Int

    /// Creates a fill.
    package init(time: String, quantity: Int, price: Int) {
        self.time = time
        self.quantity = quantity
        self.price = price
    }
}
