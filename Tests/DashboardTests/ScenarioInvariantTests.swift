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

    @Test func theLayoutCutsNamesItselfAndNeverInsideAFigure() {
        let composer = PageComposer(template: .standard, measurer: ApproximateMeasurer())
        let name = composer.style(width: 40, overflow: .ellipsize)
        #expect(composer.fitted("황제주 2,000,000원", style: name).text == "황제주…")
        let etf = composer.fitted("KODEX 미국S&P500선물(H)", style: composer.style(width: 60, overflow: .ellipsize))
        #expect(etf.text.hasSuffix("…") && composer.naturalWidth(of: etf.text, style: etf.style) <= 60)
        #expect(composer.fitted("삼성전자", style: name).text == "삼성전자")
        let figure = composer.fitted("1,234,567,890원", style: composer.style(width: 40))
        #expect(figure.text == "1,234,567,890원")
        #expect(composer.naturalWidth(of: figure.text, style: figure.style) <= 40)
    }

    @Test func onlyNamesMayBeCut() {
        #expect(LayoutInvariants.isFigure("1,234,567주"))
        #expect(LayoutInvariants.isFigure("+886.30%"))
        #expect(LayoutInvariants.isFigure("▲ 2,000,000"))
        #expect(!LayoutInvariants.isFigure("KODEX 200"))
        #expect(!LayoutInvariants.isFigure("삼성전자"))
    }
}
