@testable import KISSimulator

/// A market built for the order tests: bases straight from SPEC §4.3's examples, a thinly traded
/// stock (so orders fill over several minutes), an ETF and an ETN.
enum OrderScenario {
    static let thin = "900100"
    static let big = "900200"
    static let etf = "069500"
    static let etn = "550001"
    static let flagged = "900300"

    /// Previous close = `basePrice` on 2025-12-04 (the anchor is 2025-12-03).
    static func make(paperCash: Int = 100_000_000) -> Scenario {
        let stocks = [
            ScenarioStock(code: thin, name: "저유동테스트", basePrice: 9_980, volatility: 0.01, dailyValue: 1e9),
            ScenarioStock(code: big, name: "대형테스트", basePrice: 61_700, volatility: 0.01, dailyValue: 5e11),
            ScenarioStock(code: etf, name: "KODEX 200", basePrice: 10_000, volatility: 0.01, dailyValue: 1e11),
            ScenarioStock(
                code: etn, name: "신한 레버리지 WTI원유 선물 ETN", basePrice: 10_000, volatility: 0.01, dailyValue: 1e10),
            ScenarioStock(code: flagged, name: "이름만주식", basePrice: 10_000, dailyValue: 1e10, kind: .etf),
        ]
        func account(_ side: SimulatorSide, _ number: String, cash: Int) -> ScenarioAccount {
            ScenarioAccount(
                side: side, appKey: "sim-\(side.rawValue)-orders-key", appSecret: "sim-\(side.rawValue)-orders-secret",
                account: number, htsId: "orders\(side.rawValue)", cash: cash,
                holdings: [ScenarioHolding(code: thin, quantity: 500, averagePrice: 9_000)],
                nextOrderNumber: side == .real ? 200_000 : 9_000)
        }
        return Scenario(
            name: "orders", seed: 11, clock: ScenarioClock(now: "2025-12-04T10:30:00+09:00"), anchorDate: "2025-12-03",
            stocks: stocks,
            accounts: [
                account(.paper, "50000002-01", cash: paperCash), account(.real, "60000002-01", cash: 100_000_000),
            ])
    }

    /// A harness on this market at `now` (KST).
    static func harness(
        _ now: String = "2025-12-04T10:30:00+09:00", paperCash: Int = 100_000_000, faults: FaultPlan = .none
    )
        throws -> SimHarness
    {
        try SimHarness(scenario: make(paperCash: paperCash), now: now, faults: faults)
    }
}

extension SimHarness {
    /// Sends an order-cash buy (`sell: false`) or sell on `side` and returns the reply.
    func order(
        _ side: SimulatorSide, _ code: String, qty: Int, price: Int = 0, type: String = "00", venue: String = "KRX",
        sell: Bool = false, trID: String? = nil
    ) async -> Reply {
        var body = orderBody(self, side, code, qty: qty, price: "\(price)", type: type)
        body["EXCG_ID_DVSN_CD"] = venue
        let prefix = side == .real ? "TTTC" : "VTTC"
        return await post(
            side, .orderCash, trID: trID ?? prefix + (sell ? "0011U" : "0012U"), token: await token(side), body: body)
    }

    /// Today's inquire-daily-ccld rows with `CCLD_DVSN` = `filter`.
    func executions(_ side: SimulatorSide, filter: String = "00") async -> [[String: Any]] {
        let trID = side == .real ? "TTTC0081R" : "VTTC0081R"
        return await get(
            side, .dailyExecutions, trID: trID, token: await token(side), query: account(side) + [("CCLD_DVSN", filter)]
        ).output1
    }
}

extension Reply {
    /// `output.ODNO` of an order reply.
    var orderNumber: String? { outputObject["ODNO"] as? String }
    /// `msg1` of the reply.
    var message: String { json["msg1"] as? String ?? "" }
}
