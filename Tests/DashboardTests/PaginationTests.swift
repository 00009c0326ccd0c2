import Dashboard
import KISDashTestSupport
import PortfolioModel
import Testing

/// Page breaks that leave nothing alone: a totals row keeps a row above it, the executions footnote its totals.
@Suite struct PaginationTests {
    /// For every count of holdings that puts the table's end near a page break, the 합계 row shares its page
    /// with at least one holding row.
    @Test func theTotalsRowIsNeverAloneOnAPage() {
        var template = DashboardTemplate.standard
        template.sections = [.holdings]
        for count in 30...120 {
            var sample = SampleDashboard()
            sample.holdings = count
            let document = DashboardLayout.approximate(template).layout(sample.make())
            let page = document.pages.last { $0.texts.contains("합계") }
            let rows = page?.texts.filter { $0.hasSuffix("주") }.count ?? 0
            #expect(rows >= 1, "\(count) holdings: 합계 alone on page \(document.pages.count)")
        }
    }

    @Test func theExecutionsFootnoteFollowsItsTotals() {
        var template = DashboardTemplate.standard
        template.sections = [.executions]
        for count in 30...120 {
            var sample = SampleDashboard()
            sample.executions = count
            let document = DashboardLayout.approximate(template).layout(sample.make())
            for page in document.pages where page.texts.contains(where: { $0.contains("KIS 집계 제비용") }) {
                #expect(page.texts.contains("합계"), "\(count) fills: the footnote starts a page")
            }
        }
    }
}
