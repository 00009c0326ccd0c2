import Dashboard
import KISDashTestSupport
import PortfolioModel
import Testing

/// The scenario pack laid out, with every invariant checked on every page.
@Suite struct ScenarioInvariantTests {
    private let checker = LayoutInvariants(measurer: ApproximateMeasurer())

    @Test(arguments: DashboardScenario.allCases)
    func everyPageKeepsTheInvariants(_ scenario: DashboardScenario) {
        let data = scenario.make()
        let document = DashboardLayout.approximate().layout(data)
        let violations = checker.violations(in: document, names: DashboardScenario.names(in: data))
        #expect(violations.isEmpty, "\(violations.count) violations, first: \(violations.prefix(8))")
    }

    @Test func sixDigitQuantitiesHugeReturnsAndLimitMovesPrintInFull() throws {
        let texts = DashboardLayout.approximate().layout(DashboardScenario.large.make()).pages.flatMap(\.commands)
        for figure in ["1,234,567주", "+886.30%", "-95.00%", "+29.97%", "-29.97%", "2,000,000"] {
            let styles = texts.compactMap { command -> TextStyle? in
                if case .text(figure, let style, _, _) = command { style } else { nil }
            }
            try #require(!styles.isEmpty, "\(figure) is printed")
            for style in styles {
                #expect(!style.ellipsizes, "\(figure) may be cut")
                var free = style
                free.width = nil
                let natural = ApproximateMeasurer().measure(figure, style: free).width
                #expect(natural <= (style.width ?? natural) + 0.05, "\(figure) fits its box")
            }
        }
    }

    @Test func aLongNameNeverPushesTheCodeOutOfAChartHeader() {
        var sample = SampleDashboard()
        sample.longNames = true
        let data = sample.make()
        let document = DashboardLayout.approximate().layout(data)
        for holding in data.holdings {
            let page = document.pages.first { $0.bookmarks.contains { $0.title.hasSuffix("(\(holding.code))") } }
            #expect(page?.texts.contains(holding.code.rawValue) == true, "\(holding.code)")
        }
        #expect(checker.violations(in: document).filter { $0.rule == "chart header without its code" }.isEmpty)
    }

    @Test func onlyNamesMayBeCut() {
        #expect(LayoutInvariants.isFigure("1,234,567주"))
        #expect(LayoutInvariants.isFigure("+886.30%"))
        #expect(LayoutInvariants.isFigure("▲ 2,000,000"))
        #expect(!LayoutInvariants.isFigure("KODEX 200"))
        #expect(!LayoutInvariants.isFigure("삼성전자"))
    }
}
