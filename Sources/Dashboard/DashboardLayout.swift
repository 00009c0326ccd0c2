package import Foundation
import PortfolioModel

/// The pure layout of `Kis_Dashboard.pdf`: data and a template in, pages of drawing commands out.
///
/// Deterministic: the same data, template and measurer give the same pages. Nothing here reads the clock, the
/// disk or the time zone.
package struct DashboardLayout {
    package var template: DashboardTemplate
    let measurer: any TextMeasuring

    /// Creates a layout.
    package init(template: DashboardTemplate, measurer: any TextMeasuring) {
        self.template = template
        self.measurer = measurer
    }

    /// Lays out every section the template lists, then stamps each page's header and footer.
    package func layout(_ data: DashboardData) -> LaidOutDocument {
        var composer = PageComposer(template: template, measurer: measurer)
        for section in template.sections {
            switch section {
            case .summary: SummarySection(data: data).layout(in: &composer)
            case .composition: CompositionSection(data: data).layout(in: &composer)
            case .holdings: HoldingsSection(data: data).layout(in: &composer)
            case .charts: ChartsSection(data: data).layout(in: &composer)
            case .executions: ExecutionsSection(data: data).layout(in: &composer)
            case .unfilled: UnfilledSection(data: data).layout(in: &composer)
            case .diagnosis: DiagnosisSection(data: data).layout(in: &composer)
            }
        }
        let frame = PageFrame(data: data, template: template, measurer: measurer)
        let pages = composer.pages.enumerated().map { index, page in
            frame.stamp(page, number: index + 1, of: composer.pages.count)
        }
        return LaidOutDocument(
            pages: pages, title: "KIS 포트폴리오 대시보드 — \(data.tradeDate.iso)",
            subject:
                "\(data.mode.koreanLabel)투자 계좌 \(data.account.masked) · 기준 \(KoreanFormat.timestamp(data.dataAsOf))",
            keywords: "KIS, 한국투자증권, 포트폴리오, \(data.tradeDate.iso)",
            creationDate: Self.iso8601(data.now))
    }

    /// `2025-12-04T10:30:00+09:00`.
    static func iso8601(_ instant: Date) -> String {
        let text = KST.format(instant)
        return text.replacingOccurrences(of: " ", with: "T") + "+09:00"
    }

    /// `true` when the data is older than the template's threshold while a session is open.
    package static func isStale(_ data: DashboardData, template: DashboardTemplate) -> Bool {
        data.market.isOpen && data.now.timeIntervalSince(data.dataAsOf) > Double(template.staleMinutes * 60)
    }
}
