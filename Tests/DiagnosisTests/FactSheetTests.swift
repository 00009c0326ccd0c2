import Diagnosis
import Foundation
import PortfolioModel
import Testing

@Suite struct FactSheetTests {
    @Test func concentratedPortfolioHasWeightsHHIAndTheBigHoldingsDrawdown() throws {
        let f = FactSheet.compute(try Portfolios.concentrated())
        let p = f.portfolio
        #expect(p.totalEvaluation == Won(11_111_111) && p.stockEvaluation == Won(10_000_000))
        #expect(p.cashRatio.description == "10.00%")
        #expect(p.largestCode == "005930" && p.largestWeight.description == "70.00%")
        #expect(p.topCount == 2 && p.topWeight.description == "100.00%")
        #expect(p.hhi == 5_800 && p.concentration == "높음")
        #expect(p.unrealizedProfitLoss == Won(700_000) && p.unrealizedProfitLossRate.description == "7.53%")
        #expect(p.dayChange == Won(40_000) && p.dayChangeRate.description == "0.40%")
        #expect(f.holdings.map(\.code.rawValue) == ["005930", "035720"])
        let big = try #require(f.holdings.first)
        #expect(big.distanceFromAverage.description == "11.11%" && big.weightOfTotal.description == "63.00%")
        let trend = try #require(big.trend)
        #expect(trend.days == 10 && trend.startPrice == Won(110_000))
        #expect(trend.change.description == "-9.09%" && trend.direction == "하락")
        #expect(trend.maxDrawdown.description == "-17.50%")
        #expect(trend.volatility.map { $0.hundredths > 0 } == true)
        #expect(f.holdings.last?.trend?.direction == "상승")
        #expect(p.pastLossThreshold.isEmpty && f.freshness.withoutDailyBars.isEmpty)
    }

    @Test func allLossesFlagTheHoldingPastTheThresholdAndTheMissingBars() throws {
        let f = FactSheet.compute(try Portfolios.allLosses())
        #expect(f.portfolio.losers == 3 && f.portfolio.gainers == 0)
        #expect(f.portfolio.unrealizedProfitLoss == Won(-290_000))
        #expect(f.portfolio.pastLossThreshold == ["068270"])
        #expect(f.holdings.map(\.profitLossRate.description) == ["-2.00%", "-1.82%", "-10.00%"], "largest first")
        #expect(f.holdings.allSatisfy { $0.trend == nil })
        #expect(f.freshness.withoutDailyBars == ["000270", "005380", "068270"])
        // A stricter threshold flags more.
        let strict = FactSheet.compute(
            try Portfolios.allLosses(), rules: FactRules(lossThreshold: Percent(hundredths: -150)))
        #expect(strict.portfolio.pastLossThreshold.count == 3)
    }

    @Test func allCashHasNoHoldingsAndAFullCashRatio() throws {
        let f = FactSheet.compute(try Portfolios.allCash())
        #expect(f.holdings.isEmpty && f.portfolio.holdingCount == 0)
        #expect(f.portfolio.cashRatio.description == "100.00%" && f.portfolio.hhi == 0)
        #expect(f.portfolio.largestCode == nil && f.portfolio.topCount == 0)
        #expect(f.today.buyCount == 0 && f.today.costs == Won(0))
    }

    @Test func oneHoldingIsFullyConcentrated() throws {
        let f = FactSheet.compute(try Portfolios.oneHolding())
        #expect(f.portfolio.hhi == 10_000 && f.portfolio.largestWeight.description == "100.00%")
        #expect(f.portfolio.cashRatio.description == "1.81%")
        #expect(f.holdings.first?.profitLoss == Won(410_000))
    }

    @Test(arguments: [(2025, 12, 30, "0.15%", 1_500), (2026, 1, 2, "0.20%", 2_000)])
    func sellTaxUsesTheRateOfTheTradeYear(year: Int, month: Int, day: Int, rate: String, tax: Int64) throws {
        let date = try #require(TradeDate(year: year, month: month, day: day))
        let h = try Portfolios.holding("005930", "삼성전자", quantity: 10, average: 90_000, price: 100_000, sold: 10)
        let now = try Portfolios.moment(date, hour: 14)
        let input = FactSheetInput(
            snapshot: Portfolios.snapshot([h], cash: 0, at: now),
            executions: [
                try Portfolios.fill(h, side: .sell, quantity: 10, price: 100_000, on: date),
                try Portfolios.fill(h, side: .buy, quantity: 5, price: 100_000, on: date, at: "100000", number: "2"),
            ], now: now)
        let t = FactSheet.compute(input).today
        #expect(t.date == date.iso && t.sellCount == 1 && t.buyCount == 1)
        #expect(t.sellTaxRate.description == rate && t.sellTax == Won(tax))
        #expect(t.sellAmount == Won(1_000_000) && t.buyAmount == Won(500_000))
        #expect(t.commission == Won(150 + 75) && t.costs == Won(225 + tax))
        #expect(t.trades.map(\.side) == ["매도", "매수"])
    }

    @Test func hashIgnoresTheClockButNotThePrices() throws {
        var input = try Portfolios.concentrated()
        let first = FactSheet.compute(input)
        #expect(first.canonicalJSON == FactSheet.compute(input).canonicalJSON)
        #expect(first.canonicalJSON.contains("\"7,000,000원\"") && first.canonicalJSON.contains("\"70.00%\""))
        #expect(first.materialHash.count == 64)
        input.now = input.now.addingTimeInterval(5 * 60)
        let later = FactSheet.compute(input)
        #expect(later.freshness.snapshotAgeMinutes == 5 && later.materialHash == first.materialHash)
        input.now = input.now.addingTimeInterval(60 * 60)
        #expect(FactSheet.compute(input).freshness.isStale)
        #expect(FactSheet.compute(input).materialHash != first.materialHash, "stale is material")
        var moved = try Portfolios.concentrated()
        moved.snapshot.holdings[0].currentPrice = KRW(100_100)
        #expect(FactSheet.compute(moved).materialHash != first.materialHash)
        let decoded = try JSONDecoder().decode(FactSheet.self, from: Data(first.canonicalJSON.utf8))
        #expect(decoded == first)
    }

    @Test func computingAndHashingAFactSheetIsCheap() throws {
        let input = try Portfolios.concentrated()
        let clock = ContinuousClock()
        let runs = 200
        let facts = FactSheet.compute(input)
        let compute = clock.measure { for _ in 0..<runs { _ = FactSheet.compute(input) } } / runs
        let hash = clock.measure { for _ in 0..<runs { _ = facts.materialHash } } / runs
        print("fact sheet: compute \(compute), canonical JSON + SHA-256 \(hash) per run (\(runs) runs)")
        #expect(compute < .milliseconds(20) && hash < .milliseconds(50))
    }
}
