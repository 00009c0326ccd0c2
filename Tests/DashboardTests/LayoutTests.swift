import Dashboard
import Foundation
import KISDashTestSupport
import PortfolioModel
import Testing

@Suite struct LayoutTests {
    @Test func everyBoxStaysOnThePageAndEveryPageHasItsFrame() {
        let document = DashboardLayout.approximate().layout(SampleDashboard().make())
        #expect(document.pages.count >= 3)
        for (index, page) in document.pages.enumerated() {
            let bounds = Rect(x: 0, y: 0, width: page.width, height: page.height).insetBy(dx: 29, dy: 29)
            for case .text(let text, let style, _, let origin) in page.commands {
                #expect(bounds.contains(Rect(x: origin.x, y: origin.y, width: style.width ?? 0, height: 0)), "\(text)")
            }
            for case .rect(let rect, _, _, _) in page.commands { #expect(bounds.contains(rect)) }
            #expect(page.texts.contains("\(index + 1) / \(document.pages.count)"))
            #expect(page.texts.contains { $0.contains("1234****-01") })
            #expect(!page.texts.contains { $0.contains("12345678") }, "account unmasked on page \(index + 1)")
        }
    }

    @Test func sectionsAreBookmarkedInTemplateOrderAndEachHoldingHasItsOwnEntry() {
        let document = DashboardLayout.approximate().layout(SampleDashboard().make())
        let marks = document.pages.flatMap(\.bookmarks)
        let sections = marks.filter { $0.level == 0 }.map(\.title)
        #expect(sections.count == 7)
        #expect(sections.first == "계좌 요약")
        #expect(sections.last == "AI 포트폴리오 진단")
        #expect(marks.filter { $0.level == 1 }.count == 6)
    }

    @Test func aTemplateCanTurnSectionsOffAndReorderThem() throws {
        var template = DashboardTemplate.standard
        template.sections = [.executions, .summary]
        let document = DashboardLayout.approximate(template).layout(SampleDashboard().make())
        let sections = document.pages.flatMap(\.bookmarks).map(\.title)
        #expect(sections == ["금일 체결 (3건)", "계좌 요약"])
        #expect(document.pages.count == 1)
    }

    @Test func staleBannerOnlyWhileASessionIsOpen() {
        var sample = SampleDashboard()
        sample.dataAsOf = SampleDashboard.moment.addingTimeInterval(-20 * 60)
        let stale = DashboardLayout.approximate().layout(sample.make())
        #expect(stale.pages.allSatisfy { $0.texts.contains { $0.hasPrefix("STALE") } })
        sample.market = .closed(reason: "장 마감")
        let closed = DashboardLayout.approximate().layout(sample.make())
        #expect(!closed.allTexts.contains { $0.hasPrefix("STALE") })
        #expect(closed.allTexts.contains { $0.contains("장 마감") })
    }

    @Test func landscapePagesAreWiderThanTall() {
        var template = DashboardTemplate.standard
        template.landscape = true
        let document = DashboardLayout.approximate(template).layout(SampleDashboard().make())
        #expect(document.pages.allSatisfy { $0.width > $0.height })
    }

    @Test func gainsAreRedAndLossesBlueInTheHoldingsTable() {
        let document = DashboardLayout.approximate().layout(SampleDashboard().make())
        let colors = DashboardTemplate.standard.colors
        var (gains, losses) = (0, 0)
        for case .text(let text, _, let color, _) in document.pages.flatMap(\.commands) where text.hasSuffix("%") {
            if text.hasPrefix("+") {
                gains += 1
                #expect(color == colors.up, "\(text)")
            }
            if text.hasPrefix("-") {
                losses += 1
                #expect(color == colors.down, "\(text)")
            }
        }
        // The sample holds both: a test that drew no percentage would check nothing.
        #expect(gains > 0 && losses > 0, "gains \(gains), losses \(losses)")
    }
}
