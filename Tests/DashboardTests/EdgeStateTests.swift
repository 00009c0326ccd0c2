import Dashboard
import Foundation
import KISDashTestSupport
import PortfolioModel
import Testing

/// The edge states, laid out (the PDF suite renders the same samples).
@Suite struct EdgeStateTests {
    private func layout(_ configure: (inout SampleDashboard) -> Void) -> LaidOutDocument {
        var sample = SampleDashboard()
        configure(&sample)
        return DashboardLayout.approximate().layout(sample.make())
    }

    @Test func noHoldingsSaysSoInsteadOfDrawingEmptyCharts() {
        let document = layout { $0.holdings = 0 }
        #expect(document.allTexts.contains("보유 종목이 없습니다."))
        #expect(!document.pages.flatMap(\.bookmarks).contains { $0.title == "종목별 차트" })
        #expect(document.allTexts.contains("오늘 체결된 주문이 없습니다."))
    }

    @Test func noHoldingsAndNoCashLeavesThePieEmptyWithANote() {
        let document = layout {
            $0.holdings = 0
            $0.cash = 0
        }
        #expect(document.allTexts.contains("보유 자산이 없습니다."))
    }

    @Test func aHoldingWithoutMinuteBarsGetsANoteNotAnEmptyAxis() {
        let open = layout { $0.noMinutesEvery = 2 }
        #expect(open.allTexts.filter { $0 == "오늘 이 종목의 체결이 없습니다 (거래정지 여부 확인)." }.count == 3)
        #expect(!open.allTexts.contains("아직 분봉이 없습니다 (첫 체결 전)."), "others have traded: not before the first trade")
        let opening = layout { $0.minutes = 0 }
        #expect(opening.allTexts.filter { $0 == "아직 분봉이 없습니다 (첫 체결 전)." }.count == 6)
        let holiday = layout {
            $0.minutes = 0
            $0.market = .closed(reason: "휴장일")
        }
        #expect(holiday.allTexts.filter { $0 == "오늘 분봉이 없습니다 (휴장일)." }.count == 6)
        #expect(holiday.allTexts.contains { $0.contains("휴장일") && $0.contains("계좌") })
    }

    @Test func twoHundredHoldingsContinueTheTableWithRepeatedHeadersAndKeepEachChartWhole() {
        let document = layout { $0.holdings = 200 }
        let tableHeaders = document.pages.filter { $0.texts.contains("평균단가") }.count
        #expect(tableHeaders >= 3, "the holdings table spans pages, each with its header")
        #expect(document.pages.flatMap(\.bookmarks).filter { $0.level == 1 }.count == 200)
        // A chart block never straddles a page: every holding's name line and both its chart titles share a page.
        for page in document.pages {
            let blocks = page.bookmarks.filter { $0.level == 1 }.count
            #expect(page.texts.filter { $0.hasPrefix("당일 1분봉") }.count == blocks)
        }
        #expect(document.allTexts.contains { $0.hasPrefix("평가손익 (상위·하위 10종목") })
    }

    @Test func oneHoldingFitsAndShowsAllItsBars() {
        let document = layout { $0.holdings = 1 }
        #expect(document.pages.flatMap(\.bookmarks).filter { $0.level == 1 }.count == 1)
        #expect(document.allTexts.contains("종목별 평가손익"))
    }

    @Test func fiveHundredExecutionsArePaginatedWithTotals() {
        let document = layout { $0.executions = 500 }
        let rows = document.allTexts.filter { $0.hasSuffix("주") && $0.first?.isNumber == true }
        #expect(rows.count >= 500)
        #expect(document.pages.filter { $0.texts.contains("체결금액") }.count >= 5)
        #expect(document.allTexts.contains("매수 334건 · 매도 166건"))
    }

    @Test func longNamesAreCutToTheirBoxNotOverflowing() {
        let document = layout { $0.longNames = true }
        for case .text(let text, let style, _, _) in document.pages.flatMap(\.commands)
        where text.contains("아주긴종목이름") && !style.wraps {
            #expect(style.width != nil, "a long name must have a box width so Pango ellipsizes it")
        }
    }

    @Test func allLossesAreBlueAndNegative() {
        let document = layout { $0.allLosses = true }
        let colors = DashboardTemplate.standard.colors
        let profitCells = document.pages.flatMap(\.commands).compactMap { command -> Color? in
            if case .text(let text, _, let color, _) = command, text.hasPrefix("-"), text.hasSuffix("%") {
                color
            } else {
                nil
            }
        }
        #expect(!profitCells.isEmpty)
        #expect(profitCells.allSatisfy { $0 == colors.down })
    }

    @Test func zeroValuesAreNeitherRedNorBlue() {
        var data = SampleDashboard().make()
        data.summary.assetChange = .zero
        let document = DashboardLayout.approximate().layout(data)
        let zero = document.pages.flatMap(\.commands).compactMap { command -> Color? in
            if case .text("0원", _, let color, _) = command { color } else { nil }
        }
        #expect(!zero.isEmpty, "the zero change is drawn")
        #expect(zero.allSatisfy { $0 == DashboardTemplate.standard.colors.text })
    }

    @Test func theDiagnosisSectionShowsItsSourceOrWhyThereIsNone() {
        let none = layout { _ in }
        #expect(none.allTexts.contains { $0.hasPrefix("진단이 아직 없습니다") })
        let shown = layout {
            $0.diagnosis = .available(
                .init(
                    sourceLabel: "오프라인 규칙", createdAt: SampleDashboard.moment, summary: ["요약 문단입니다."],
                    risks: ["삼성전자 비중 40%"],
                    comments: [.init(code: StockCode("005930")!, name: "삼성전자", text: "평균단가보다 5.13% 높습니다.")]))
        }
        #expect(shown.allTexts.contains { $0.hasPrefix("출처: 오프라인 규칙") })
        #expect(shown.allTexts.contains("평균단가보다 5.13% 높습니다."))
    }
}
