import KISDashTestSupport
import PortfolioModel
import Testing

@testable import Dashboard

/// Price axes readable at every scale, and reference lines that neither squash the data nor cover it.
@Suite struct ChartAxisTests {
    @Test(arguments: [
        (1.0, 1.0), (2, 2), (3, 3), (9, 9), (1, 4), (2, 9), (7, 12), (95, 105), (990, 1_010), (71_000, 72_500),
        (1_900_000, 2_100_000), (49_000, 49_315),
    ])
    func priceTicksAreDistinctWholeWon(low: Double, high: Double) {
        let scale = LinearScale(domain: LinearScale.padded(low, high, by: 0.06), range: 0...100, inverted: true)
        let ticks = scale.ticks(count: 4, minimumStep: 1)
        let labels = ticks.map { KoreanFormat.price(KRW(Int64($0.rounded()))) }
        #expect(labels.count >= 2, "\(labels)")
        #expect(Set(labels).count == labels.count, "repeated labels \(labels)")
        #expect(ticks.allSatisfy { $0 == $0.rounded() }, "\(ticks)")
    }

    @Test func aFarReferenceStaysOffTheAxisAndANearOneIsIncluded() {
        let data: [Double] = [142_000, 160_000, 327_000]
        #expect(ReferenceLine.domain(data: data, references: [2_000_000]) == 142_000...327_000)
        #expect(ReferenceLine.domain(data: data, references: [350_000]) == 142_000...350_000)
        #expect(ReferenceLine.domain(data: [], references: [5_000]) == 5_000...5_000)
    }

    @Test func offScaleAveragePricesAreDrawnAtTheEdgeWithTheirValue() {
        let texts = DashboardLayout.approximate().layout(DashboardScenario.extreme.make()).allTexts
        #expect(texts.contains("▲ 평균단가 2,000,000"), "폭락주: the average is far above")
        #expect(texts.contains("▼ 평균단가 5,000"), "급등주: the average is far below")
    }

    /// Every 평균단가 and 전일종가 label sits where no candle, wick or price line runs.
    @Test(arguments: DashboardScenario.allCases)
    func referenceLabelsCoverNoData(_ scenario: DashboardScenario) {
        let colors = DashboardTemplate.standard.colors
        let document = DashboardLayout.approximate().layout(scenario.make())
        for page in document.pages {
            var marks: [Rect] = []
            var lines: [[Point]] = []
            for command in page.commands {
                if case .rect(let rect, let fill?, _, _) = command, fill == colors.up || fill == colors.down {
                    marks.append(rect)
                }
                if case .polyline(let points, _, let width, []) = command, [0.7, 0.9, 1.2].contains(width) {
                    lines.append(points)
                }
            }
            for case .text(let text, let style, _, let origin) in page.commands
            where text.contains("평균단가 ") || text.contains("전일종가 ") {
                let size = ApproximateMeasurer().measure(text, style: style)
                let box = Rect(x: origin.x, y: origin.y, width: size.width, height: size.height).insetBy(dx: 1, dy: 1)
                #expect(!marks.contains { $0.intersects(box) }, "\(scenario): \(text) covers a candle")
                #expect(!lines.contains { box.intersects(polyline: $0) }, "\(scenario): \(text) is crossed by a line")
            }
        }
    }
}
