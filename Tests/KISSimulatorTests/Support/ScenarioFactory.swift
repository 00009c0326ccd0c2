@testable import KISSimulator

/// Scenarios built in code for tests that need more rows than the default has.
enum ScenarioFactory {
    /// `count` stocks, every one held on both sides, plus `orders` recorded orders on each side.
    static func wide(stocks count: Int, orders: Int = 0) -> Scenario {
        let stocks = (0..<count).map { i in
            ScenarioStock(
                code: pad(100_000 + i * 10, 6), name: "테스트\(i)", basePrice: 10_000 + i * 100, volatility: 0.02)
        }
        func account(_ side: SimulatorSide, _ number: String) -> ScenarioAccount {
            ScenarioAccount(
                side: side, appKey: "sim-\(side.rawValue)-wide-key",
                appSecret: "sim-\(side.rawValue)-wide-secret-not-real",
                account: number, htsId: "wide\(side.rawValue)", cash: 500_000_000,
                holdings: stocks.map {
                    ScenarioHolding(code: $0.code, quantity: 10, averagePrice: Double($0.basePrice))
                },
                orders: (0..<orders).map { i in
                    ScenarioOrder(
                        odno: pad(50_000 + i, 10), time: KSTTime.compactTime(9 * 3600 + 60 + i * 7),
                        code: stocks[i % count].code,
                        side: "buy", quantity: 1, price: stocks[i % count].basePrice,
                        fills: [
                            ScenarioFill(
                                time: KSTTime.compactTime(9 * 3600 + 61 + i * 7), quantity: 1,
                                price: stocks[i % count].basePrice)
                        ])
                })
        }
        return Scenario(
            name: "wide", seed: 7, clock: ScenarioClock(now: "2025-12-04T10:30:00+09:00"), stocks: stocks,
            accounts: [account(.paper, "50000001-01"), account(.real, "60000001-01")])
    }
}
