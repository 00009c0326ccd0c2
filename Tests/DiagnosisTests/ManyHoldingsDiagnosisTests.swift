import Diagnosis
import Foundation
import PortfolioModel
import Testing

/// A large account: the risks are grouped, not one line per holding, and every number carries its separators.
@Suite struct ManyHoldingsDiagnosisTests {
    /// 200 holdings, all 20 % down with a 20 % drawdown in the trend window, one of 1,234,567 shares.
    private func input() throws -> FactSheetInput {
        var holdings: [Holding] = []
        var bars: [StockCode: [DailyBar]] = [:]
        for i in 0..<200 {
            let code = String(format: "%06d", 100_000 + i)
            let quantity: Int64 = i == 0 ? 1_234_567 : Int64(10 + i)
            let h = try Portfolios.holding(code, "종목\(i)", quantity: quantity, average: 10_000, price: 8_000 - Int64(i))
            holdings.append(h)
            bars[h.code] = Portfolios.bars(h.code, closes: [10_000, 9_000, 8_000], before: try Portfolios.day())
        }
        let now = try Portfolios.moment()
        return FactSheetInput(
            snapshot: Portfolios.snapshot(holdings, cash: 1_000_000, at: now), dailyBars: bars, now: now)
    }

    @Test func manyHoldingsPastTheThresholdShareOneRiskLine() throws {
        let facts = FactSheet.compute(try input())
        let text = OfflineDiagnosis.text(for: facts)
        #expect(text.risks.count <= 6, "\(text.risks.count) risk lines")
        let grouped = try #require(text.risks.first { $0.hasPrefix("손절 감시 기준 -5.00%를 넘은 종목이 여럿입니다") })
        #expect(grouped.contains("종목199(-21.99%)"), "the worst first: \(grouped)")
        #expect(text.risks.contains { $0.hasPrefix("최근 10거래일 낙폭이 큰 종목은") })
        let check = GroundingCheck(facts: facts)
        for sentence in text.summary + text.risks + text.comments.map(\.text) {
            #expect(check.isGrounded(sentence), "\(sentence)")
        }
    }

    @Test func numbersInTheTextCarryThousandsSeparators() throws {
        let text = OfflineDiagnosis.text(for: FactSheet.compute(try input()))
        let all = (text.summary + text.risks + text.comments.map(\.text)).joined(separator: "\n")
        #expect(all.contains("1,234,567주 보유"))
        let bare = all.matches(of: /[0-9][0-9,]*/).map { String($0.output) }.filter { $0.contains(/[0-9]{4}/) }
        // The names here have at most three digits and codes are not printed: every long number is a figure.
        #expect(bare.isEmpty, "numbers without separators: \(bare.prefix(5))")
    }
}
