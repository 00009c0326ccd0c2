/// The operations the simulator serves and their TR ids, real and paper, old and new (SPEC §4).
enum TROperation: String, Sendable {
    case balance = "inquire-balance"
    case dailyExecutions = "inquire-daily-ccld"
    case cancellable = "inquire-psbl-rvsecncl"
    case buyingPower = "inquire-psbl-order"
    case price = "inquire-price"
    case orderBook = "inquire-asking-price-exp-ccn"
    case dailyChart = "inquire-daily-itemchartprice"
    case minuteChart = "inquire-time-itemchartprice"
    case orderCash = "order-cash"
    case amendCancel = "order-rvsecncl"
    case holidays = "chk-holiday"

    var path: String {
        switch self {
        case .balance, .dailyExecutions, .cancellable, .buyingPower, .orderCash, .amendCancel:
            "/uapi/domestic-stock/v1/trading/" + rawValue
        case .price, .orderBook, .dailyChart, .minuteChart, .holidays:
            "/uapi/domestic-stock/v1/quotations/" + rawValue
        }
    }

    var method: String { self == .orderCash || self == .amendCancel ? "POST" : "GET" }

    /// Paginated with `tr_cont` and cursors.
    var isPaginated: Bool { [.balance, .dailyExecutions, .cancellable, .holidays].contains(self) }
}

/// One TR id: its operation and the side(s) that offer it.
struct TRRoute: Sendable {
    var operation: TROperation
    /// nil = both sides (quotes).
    var side: SimulatorSide?
    /// For order-cash: buy or sell.
    var orderSide: OrderSide?
}

enum TRTable {
    static let routes: [String: TRRoute] = {
        var table: [String: TRRoute] = [:]
        func add(_ ids: [String], _ op: TROperation, _ side: SimulatorSide?, _ orderSide: OrderSide? = nil) {
            for id in ids { table[id] = TRRoute(operation: op, side: side, orderSide: orderSide) }
        }
        add(["TTTC8434R"], .balance, .real)
        add(["VTTC8434R"], .balance, .paper)
        add(["TTTC0081R", "TTTC8001R", "CTSC9215R", "CTSC9115R"], .dailyExecutions, .real)
        add(["VTTC0081R", "VTTC8001R", "VTSC9215R", "VTSC9115R"], .dailyExecutions, .paper)
        add(["TTTC0084R", "TTTC8036R"], .cancellable, .real)
        add(["TTTC8908R"], .buyingPower, .real)
        add(["VTTC8908R"], .buyingPower, .paper)
        add(["TTTC0012U", "TTTC0802U"], .orderCash, .real, .buy)
        add(["TTTC0011U", "TTTC0801U"], .orderCash, .real, .sell)
        add(["VTTC0012U", "VTTC0802U"], .orderCash, .paper, .buy)
        add(["VTTC0011U", "VTTC0801U"], .orderCash, .paper, .sell)
        add(["TTTC0013U", "TTTC0803U"], .amendCancel, .real)
        add(["VTTC0013U", "VTTC0803U"], .amendCancel, .paper)
        add(["FHKST01010100"], .price, nil)
        add(["FHKST01010200"], .orderBook, nil)
        add(["FHKST03010100"], .dailyChart, nil)
        add(["FHKST03010200"], .minuteChart, nil)
        add(["CTCA0903R"], .holidays, .real)
        return table
    }()

    /// Resolves a TR id presented on `side` at `path` with `method`, or the KIS refusal.
    ///
    /// A real TR on the paper side → `EGW2004`; a paper TR on the real side, an unknown id, or a TR
    /// on another path → `OPSQ0002` (SPEC §9.1 treats that as the stand-in for paper psbl-rvsecncl).
    static func resolve(trID: String, path: String, method: String, side: SimulatorSide) -> Result<TRRoute, TRRefusal> {
        guard let route = routes[trID.uppercased()] else { return .failure(.unknownService) }
        if let only = route.side, only != side {
            return .failure(side == .paper ? .notPaper : .unknownService)
        }
        guard route.operation.path == path, route.operation.method == method else { return .failure(.unknownService) }
        return .success(route)
    }

    /// The operation served at a path, if any.
    static func operation(at path: String) -> TROperation? {
        routes.values.first { $0.operation.path == path }?.operation
    }
}

/// Why a TR id was refused.
enum TRRefusal: Error {
    case notPaper
    case unknownService

    var message: (String, String) { self == .notPaper ? KISMessage.notPaperTR : KISMessage.unknownService }
}
