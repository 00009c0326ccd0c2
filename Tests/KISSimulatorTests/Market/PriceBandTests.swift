import Foundation
import Testing

@testable import KISSimulator

@Suite struct PriceBandTests {
    @Test(arguments: [
        (9_980, 12_970, 6_990), (9_940, 12_920, 6_960), (61_700, 80_200, 43_200), (2_005, 2_605, 1_405),
        (70_300, 91_300, 49_300), (1_000, 1_300, 700),
    ])
    func limitsFollowTheThreeKRXSteps(_ base: Int, _ upper: Int, _ lower: Int) {
        let limits = TickTable.priceLimits(base: base, kind: .stock)
        #expect(limits.upper == upper)
        #expect(limits.lower == lower)
        #expect(TickTable.upperLimit(previousClose: base) == upper)
        #expect(TickTable.lowerLimit(previousClose: base) == lower)
    }

    @Test func etfAndEtnTickIsFiveAtEveryPrice() {
        for price in [1_000, 5_000, 35_000, 250_000, 600_000] {
            #expect(TickTable.tick(at: price, kind: .etf) == 5)
            #expect(TickTable.tick(at: price, kind: .etn) == 5)
        }
        #expect(TickTable.isOnGrid(10_005, kind: .etf))
        #expect(!TickTable.isOnGrid(10_005, kind: .stock))
        let etf = TickTable.priceLimits(base: 61_700, kind: .etf)
        #expect(etf.upper == 80_210)
        #expect(etf.lower == 43_190)
    }

    @Test(arguments: [
        ("KODEX 200", StockKind.etf), ("TIGER 미국S&P500", .etf), ("ACE 미국나스닥100", .etf), ("SOL 미국배당다우존스", .etf),
        ("KODEX200", .etf), ("RISE 200", .etf), ("신한 레버리지 WTI원유 선물 ETN", .etn), ("삼성전자", .stock),
        ("SOLUM", .stock), ("ACEL", .stock), ("PLUSTEK", .stock),
    ])
    func kindIsInferredFromTheName(_ name: String, _ kind: StockKind) {
        #expect(StockKind.inferred(fromName: name) == kind)
    }

    @Test func inquirePriceAndDailyChartShowTheSameLimitsAndTick() async throws {
        let h = try OrderScenario.harness()
        let token = await h.token(.real)
        for (code, upper, lower, tick) in [
            (OrderScenario.thin, "12970", "6990", ["10"]), (OrderScenario.big, "80200", "43200", ["100"]),
            (OrderScenario.etf, "13000", "7000", ["5"]), (OrderScenario.etn, "13000", "7000", ["5"]),
            (OrderScenario.flagged, "13000", "7000", ["5"]),
        ] {
            let price = await h.get(.real, .price, trID: "FHKST01010100", token: token, query: quoteQuery(code))
            #expect(price.outputObject["stck_mxpr"] as? String == upper, "\(code)")
            #expect(price.outputObject["stck_llam"] as? String == lower, "\(code)")
            #expect(tick.contains(price.outputObject["aspr_unit"] as? String ?? ""), "\(code)")
            let chart = await h.get(
                .real, .dailyChart, trID: "FHKST03010100", token: token,
                query: quoteQuery(code, [("FID_PERIOD_DIV_CODE", "D"), ("FID_ORG_ADJ_PRC", "0")]))
            let summary = try #require(chart.json["output1"] as? [String: Any])
            #expect(summary["stck_mxpr"] as? String == upper, "\(code)")
            #expect(summary["stck_llam"] as? String == lower, "\(code)")
        }
    }

    @Test func scenarioKindDecodesAndDefaultsToInference() throws {
        let text = #"{"code":"1","name":"KODEX 200","basePrice":1000}"#
        let inferred = try JSONDecoder().decode(ScenarioStock.self, from: Data(text.utf8))
        #expect(inferred.kind == nil)
        #expect(inferred.resolvedKind == .etf)
        let stated = #"{"code":"1","name":"KODEX 200","basePrice":1000,"kind":"stock"}"#
        #expect(try JSONDecoder().decode(ScenarioStock.self, from: Data(stated.utf8)).resolvedKind == .stock)
    }
}
