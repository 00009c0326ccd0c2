import Dashboard
import KISDashTestSupport
import PortfolioModel
import Testing

/// Page breaks that leave nothing alone: a totals row keeps a row above it, the executions footnote its totals.
@Suite struct PaginationTests {
    /// Lays out `section` alone for every count in 30...120 (holdings or fills), whose ends fall near page breaks.
    private func layouts(
        _ section: DashboardTemplate.Section, _ set: (inout SampleDashboard, Int) -> Void
    ) -> [(count: Int, document: LaidOutDocument)] {
        var template = DashboardTemplate.standard
        template.sections = [section]
        return (30...120).map { count in
            var sample = SampleDashboard()
            set(&sample, count)
            return (count, DashboardLayout.approximate(template).layout(sample.make()))
        }
    }

    /// The 합계 row shares its page with at least one holding row.
    @Test func theTotalsRowIsNeverAloneOnAPage() {
        for (count, document) in layouts(.holdings, { $0.holdings = $1 }) {
            let page = document.pages.last { $0.texts.contains("합계") }
            let rows = page?.texts.filter { $0.hasSuffix("주") }.count ?? 0
            #expect(rows >= 1, "\(count) holdings: 합계 alone on page \(document.pages.count)")
        }
    }

    @Test func theExecutionsFootnoteFollowsItsTotals() {
        for (count, document) in layouts(.executions, { $0.executions = $1 }) {
            for page in document.pages where page.texts.contains(where: { $0.contains("KIS 집계 제비용") }) {
                #expect(page.texts.contains("합계"), "\(count) fills: the footnote starts a page")
            }
        }
    }
}
