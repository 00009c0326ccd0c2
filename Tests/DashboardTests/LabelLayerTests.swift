import Dashboard
import KISDashTestSupport
import PortfolioModel
import Testing

/// A chart's texts go over its drawings: each holding's charts are one stretch of drawings, then one of texts.
@Suite struct LabelLayerTests {
    private static let ink = Color(red: 0, green: 0, blue: 0)

    private static func composer() -> PageComposer {
        PageComposer(template: .standard, measurer: ApproximateMeasurer())
    }

    private static func line(_ y: Double) -> DrawCommand {
        .polyline([Point(0, y), Point(10, y)], color: ink, lineWidth: 1, dash: [])
    }

    private static func texts(_ commands: ArraySlice<DrawCommand>) -> [String] {
        commands.compactMap { if case .text(let text, _, _, _) = $0 { text } else { nil } }
    }

    @Test func textsAndBackdropsFollowTheDrawingsEachInItsOrder() {
        var composer = Self.composer()
        let start = composer.pages[0].commands.count
        composer.labelsOnTop { composer in
            composer.draw(Self.line(1))
            composer.text("first", style: composer.style(), x: 0, y: 0)
            composer.draw(Self.line(2))
            composer.backdrop(Rect(x: 0, y: 0, width: 5, height: 5), fill: .white)
            composer.text("second", style: composer.style(), x: 0, y: 10)
            composer.draw(Self.line(3))
        }
        let laid = composer.pages[0].commands[start...]
        #expect(Array(laid.prefix(3)) == [Self.line(1), Self.line(2), Self.line(3)])
        #expect(Self.texts(laid) == ["first", "second"])
        // The backdrop stays right before the text it is under, after every drawing.
        let backdrop = laid.firstIndex { if case .rect(_, let fill, _, _) = $0 { fill == .white } else { false } }
        #expect(backdrop == start + 4)
    }

    @Test func outsideTheLayerTextsAreDrawnInPlace() {
        var composer = Self.composer()
        let start = composer.pages[0].commands.count
        composer.text("before", style: composer.style(), x: 0, y: 0)
        composer.draw(Self.line(1))
        composer.labelsOnTop { composer in
            composer.text("inside", style: composer.style(), x: 0, y: 0)
            composer.draw(Self.line(2))
        }
        composer.text("after", style: composer.style(), x: 0, y: 0)
        let laid = composer.pages[0].commands[start...]
        #expect(Self.texts(laid) == ["before", "inside", "after"])
        #expect(laid[start + 1] == Self.line(1))
        #expect(laid[start + 2] == Self.line(2))
    }

    @Test func aTextKeepsThePageItWasLaidOutOn() {
        var composer = Self.composer()
        composer.labelsOnTop { composer in
            composer.text("page one", style: composer.style(), x: 0, y: 0)
            composer.newPage()
            composer.draw(Self.line(1))
            composer.text("page two", style: composer.style(), x: 0, y: 0)
        }
        #expect(Self.texts(composer.pages[0].commands[...]).last == "page one")
        #expect(Self.texts(composer.pages[1].commands[...]) == ["page two"])
        #expect(composer.pages[1].commands.first == Self.line(1))
    }

    @Test func linesCrossingALabelsPlaceAreCutOutOfItAndOthersLeftWhole() {
        var composer = Self.composer()
        composer.draw(.polyline([Point(0, 50), Point(200, 50)], color: Self.ink, lineWidth: 1, dash: []))
        let start = composer.pages[0].commands.count
        let box = Rect(x: 100, y: 40, width: 40, height: 20)
        let grid = DrawCommand.polyline([Point(0, 50), Point(200, 50)], color: Self.ink, lineWidth: 0.4, dash: [1, 2])
        let price = DrawCommand.polyline(
            [Point(0, 80), Point(90, 62), Point(150, 62), Point(200, 30)], color: Self.ink, lineWidth: 1, dash: [])
        let corner = DrawCommand.polyline(
            [Point(90, 30), Point(120, 50), Point(120, 70)], color: Self.ink, lineWidth: 1, dash: [])
        composer.labelsOnTop { composer in
            composer.draw(grid)
            composer.draw(price)
            composer.draw(corner)
            composer.knockOut(box, margin: 1)
            composer.text("평균단가 48,136", style: composer.style(scale: 0.75), x: 102, y: 40)
        }
        let laid = Array(composer.pages[0].commands[start...])
        let cut = [
            DrawCommand.polyline([Point(0, 50), Point(99, 50)], color: Self.ink, lineWidth: 0.4, dash: [1, 2]),
            .polyline([Point(141, 50), Point(200, 50)], color: Self.ink, lineWidth: 0.4, dash: [1, 2]),
        ]
        #expect(Array(laid.prefix(2)) == cut)
        // Near the place but not through it: whole.
        #expect(laid[2] == price)
        // Into the place at a corner and out below it: the part before, and the part after it leaves.
        #expect(laid[3] == .polyline([Point(90, 30), Point(103.5, 39)], color: Self.ink, lineWidth: 1, dash: []))
        #expect(laid[4] == .polyline([Point(120, 61), Point(120, 70)], color: Self.ink, lineWidth: 1, dash: []))
        #expect(Self.texts(laid[...]) == ["평균단가 48,136"])
        // The line drawn before the chart, and any line outside a chart, is left alone.
        #expect(
            composer.pages[0].commands[start - 1]
                == .polyline([Point(0, 50), Point(200, 50)], color: Self.ink, lineWidth: 1, dash: []))
        var outside = Self.composer()
        outside.draw(grid)
        outside.knockOut(box, margin: 1)
        #expect(outside.pages[0].commands.last == grid)
    }

    /// No line of a chart runs through a reference price's label (평균단가, 전일종가), and none needs a white box
    /// over it, in every scenario of the pack.
    @Test(arguments: DashboardScenario.allCases)
    func noLineRunsThroughAReferenceLabel(_ scenario: DashboardScenario) {
        let document = DashboardLayout.approximate().layout(scenario.make())
        var labels = 0
        for page in document.pages {
            let lines = page.commands.compactMap { if case .polyline(let points, _, _, _) = $0 { points } else { nil } }
            for case .text(let text, let style, _, let origin) in page.commands
            where text.hasPrefix("평균단가") || text.hasPrefix("전일종가") {
                labels += 1
                let size = ApproximateMeasurer().measure(text, style: style)
                let box = Rect(x: origin.x - 2, y: origin.y, width: size.width + 4, height: size.height)
                #expect(!lines.contains { box.intersects(polyline: $0) }, "\(text)")
            }
        }
        #expect(labels > 0 || scenario.make().holdings.isEmpty)
    }

    /// Every holding's block in a long dashboard (header and two charts, from its bookmark to the next): once its
    /// first text is drawn, nothing but texts and labels' white boxes follows.
    @Test func everyHoldingsChartsDrawTheirTextsLast() {
        let document = DashboardLayout.approximate().layout(DashboardScenario.large.make())
        var (blocks, mixed) = (0, [String]())
        for (number, page) in zip(1..., document.pages) {
            let marks = page.bookmarks.filter { $0.level == 1 }.map(\.y)
            for (index, top) in marks.enumerated() {
                // A block is about 165 pt tall (its header line and the 134-pt charts); what follows the page's
                // last one belongs to the next section or to the footer.
                let end = min(index + 1 < marks.count ? marks[index + 1] : .infinity, top + 166)
                let block = page.commands.filter { (top..<end).contains(Self.top($0)) }
                guard let first = block.firstIndex(where: Self.isLabel) else { continue }
                blocks += 1
                if !block[first...].allSatisfy(Self.isLabel) || block[..<first].count < 10 {
                    mixed.append("page \(number) at \(Int(top))")
                }
            }
        }
        #expect(blocks >= 100)
        #expect(mixed.isEmpty, "drawings among a holding's texts: \(mixed.prefix(5))")
    }

    private static func isLabel(_ command: DrawCommand) -> Bool {
        switch command {
        case .text: true
        case .rect(_, let fill, _, _): fill == .white
        default: false
        }
    }

    private static func top(_ command: DrawCommand) -> Double {
        switch command {
        case .polyline(let points, _, _, _): points.map(\.y).min() ?? 0
        case .rect(let rect, _, _, _): rect.y
        case .bars(let bars, _, _): bars.map(\.top).min() ?? 0
        case .polygon(let points, _): points.map(\.y).min() ?? 0
        case .wedge(let center, let radius, _, _, _, _): center.y - radius
        case .text(_, _, _, let origin): origin.y
        }
    }
}
