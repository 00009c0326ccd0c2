import Diagnosis
import Foundation
import PortfolioModel
import Testing

@Suite struct OfflineDiagnosisTests {
    private func text(_ input: FactSheetInput) -> (DiagnosisText, FactSheet) {
        let facts = FactSheet.compute(input)
        return (OfflineDiagnosis.text(for: facts), facts)
    }

    @Test func concentratedPortfolioNamesTheConcentrationAndTheDrawdown() throws {
        let (t, _) = text(try Portfolios.concentrated())
        let summary = t.summary.joined(separator: "\n")
        #expect(summary.contains("총평가금액 11,111,111원"))
        #expect(summary.contains("가장 큰 종목은 삼성전자로 주식의 70.00%를 차지"))
        #expect(summary.contains("집중도(HHI) 5,800은 높음 수준"))
        #expect(t.risks.first?.contains("삼성전자 한 종목이 주식의 70.00%") == true)
        #expect(t.risks.contains { $0.contains("최대 낙폭이 -17.50%") })
        #expect(t.comments.map(\.code.rawValue) == ["005930", "035720"])
        #expect(t.comments.first?.text.contains("현재가 100,000원은 평균단가 90,000원보다 11.11% 높습니다") == true)
    }

    @Test func allLossesPutTheThresholdFirst() throws {
        let (t, _) = text(try Portfolios.allLosses())
        #expect(t.risks.first?.contains("셀트리온(068270)의 수익률이 -10.00%로 손절 감시 기준 -5.00%를 넘었습니다") == true)
        #expect(t.risks.contains { $0.contains("3개 종목이 모두 손실 중") })
        #expect(t.comments.last?.text.contains("손절 감시 기준 -5.00%에 도달") == true)
        #expect(t.summary.contains { $0.contains("가격 자료가 없어") })
    }

    @Test func allCashSaysSoAndHasNoComments() throws {
        let (t, _) = text(try Portfolios.allCash())
        #expect(t.summary.first == "보유 종목 없이 현금 10,000,000원만 있습니다 (총평가금액 10,000,000원, 현금 비중 100.00%).")
        #expect(t.comments.isEmpty)
        #expect(t.risks == ["손절 기준을 넘은 종목이나 과도한 집중 같은 뚜렷한 위험 신호는 없습니다."])
    }

    @Test func oneHoldingWarnsAboutTheLowCash() throws {
        let (t, _) = text(try Portfolios.oneHolding())
        #expect(t.risks.contains("현금 비중이 1.81%로 낮아 추가 매수나 급락 대응 여력이 적습니다."))
        #expect(t.comments.count == 1)
    }

    @Test func sellDayReportsCostsAndTax() throws {
        let date = try #require(TradeDate(year: 2026, month: 1, day: 2))
        let h = try Portfolios.holding("005930", "삼성전자", quantity: 10, average: 90_000, price: 100_000, sold: 10)
        let now = try Portfolios.moment(date, hour: 14)
        let input = FactSheetInput(
            snapshot: Portfolios.snapshot([h], cash: 0, at: now),
            executions: [try Portfolios.fill(h, side: .sell, quantity: 10, price: 100_000, on: date)], now: now)
        let (t, _) = text(input)
        #expect(
            t.summary.contains(
                "오늘 매도 1건 1,000,000원어치가 체결되었고, 수수료 150원과 매도 거래세 2,000원(세율 0.20%)를 합한 비용은 2,150원입니다."))
    }

    @Test(arguments: ["concentrated", "allLosses", "allCash", "oneHolding"])
    func offlineTextIsDeterministicAndPassesTheGroundingCheck(portfolio: String) throws {
        let input: FactSheetInput =
            switch portfolio {
            case "concentrated": try Portfolios.concentrated()
            case "allLosses": try Portfolios.allLosses()
            case "allCash": try Portfolios.allCash()
            default: try Portfolios.oneHolding()
            }
        let (t, facts) = text(input)
        #expect(OfflineDiagnosis.text(for: facts) == t)
        let check = GroundingCheck(facts: facts)
        for sentence in t.summary + t.risks + t.comments.map(\.text) {
            #expect(check.isGrounded(sentence), "\(sentence)")
        }
        print("offline text (\(portfolio)): \(t.byteCount) bytes")
    }
}
