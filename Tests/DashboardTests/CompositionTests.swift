import Dashboard
import KISDashTestSupport
import PortfolioModel
import Testing

@Suite struct CompositionTests {
    @Test func smallHoldingsFoldIntoOthersAndCashIsItsOwnSlice() {
        var sample = SampleDashboard()
        sample.holdings = 20
        let data = sample.make()
        let slices = PieSlice.slices(holdings: data.holdings, cash: KRW(9_500_000), maxSlices: 8, minimumPercent: 1.5)
        #expect(slices.filter { !$0.isAggregate }.count <= 8)
        #expect(slices.contains { $0.label.hasPrefix("기타") })
        #expect(slices.last?.label == "현금 (D+2)")
        let total = slices.reduce(0) { $0 + $1.amount.won }
        #expect(total == data.holdings.reduce(9_500_000) { $0 + $1.evaluationAmount.won })
        let shares = slices.reduce(0) { $0 + $1.share.hundredths }
        #expect(abs(shares - 10_000) <= Int64(slices.count), "shares add up to 100% within rounding")
    }

    @Test func nothingToShowGivesNoSlices() {
        #expect(PieSlice.slices(holdings: [], cash: .zero, maxSlices: 8, minimumPercent: 1).isEmpty)
    }
}
