import Foundation
import PortfolioModel
import Storage
import Testing

@testable import KISDashCLI

@Suite struct SummaryTextTests {
    @Test func summaryShowsTotalsHoldingsAndMaskedAccountOnly() throws {
        let account = try #require(AccountNumber("50123456-01"))
        let code = try #require(StockCode("005930"))
        let holding = Holding(
            code: code, name: "삼성전자", quantity: 10, orderableQuantity: 10, averagePrice: AveragePrice(won: KRW(60_000)),
            purchaseAmount: KRW(600_000), currentPrice: KRW(62_400), evaluationAmount: KRW(624_000),
            profitLoss: KRW(24_000), profitLossRate: Percent(hundredths: 400), dayChangeRate: Percent(hundredths: 113))
        let summary = AccountSummary(
            deposit: KRW(1_000_000), availableCash: KRW(900_000), stockEvaluation: KRW(624_000),
            totalEvaluation: KRW(1_524_000), totalPurchase: KRW(600_000), totalProfitLoss: KRW(24_000))
        let at = try #require(TradeDate("2025-12-04")).at(try #require(KSTTime("103000")))
        let snap = StoredSnapshot(
            id: 1, summary: summary, holdings: [holding], unfilled: [], snapshotAt: at, confirmedAt: at)
        let text = SummaryText.render(
            snapshot: snap, account: account, mode: .paper, executions: [], counts: ["kis_holding": 1], lastRun: nil)
        #expect(text.contains("모의 account 5012****-01"))
        #expect(text.contains("2025-12-04 10:30:00 KST"))
        #expect(text.contains("총평가금액 1,524,000원"))
        #expect(text.contains("평가손익 24,000원 (+4.00%)"))
        #expect(text.contains("005930 삼성전자 10주 @ 62,400원 = 624,000원 +4.00%"))
        #expect(text.contains("kis_holding=1"))
        #expect(!text.contains("50123456"))
    }
}
