import Canvas
import Dashboard
import Testing

@testable import Reporting

/// Which commands may be painted on the second surface: only those nothing later on the page comes near.
@Suite struct OverlaySplitTests {
    private static let black = Color.black
    /// Every text is 40 × 10 points.
    private static func ink(_: String, _: TextStyle) -> Rect { Rect(x: 0, y: 0, width: 40, height: 10) }
    private static let style = TextStyle(family: "NanumGothic", size: 8)

    private func split(_ commands: [DrawCommand]) -> OverlaySplit {
        OverlaySplit(LaidOutPage(width: 595, height: 842, commands: commands), ink: Self.ink)
    }

    private func line(_ points: [(Double, Double)], width: Double = 1) -> DrawCommand {
        .polyline(points.map { Point($0.0, $0.1) }, color: Self.black, lineWidth: width, dash: [])
    }

    private func box(_ x: Double, _ y: Double, _ width: Double, _ height: Double) -> DrawCommand {
        .rect(Rect(x: x, y: y, width: width, height: height), fill: .white, stroke: nil, lineWidth: 0)
    }

    /// The split sees a text where its glyphs are.
    ///
    /// A grid line ending a point above an axis label's box (as the minute chart's do) moves, one through the
    /// label's glyphs stays. Taken as its whole line box, the label held both lines back.
    @Test func aLineBesideATextsBoxButClearOfItsGlyphsMoves() throws {
        let surface = try PDFSurface(width: 200, height: 200)
        let measurer = PangoTextMeasurer(layout: try TextLayout(context: try DrawingContext(surface: surface)))
        let style = TextStyle(family: "NanumGothic", size: 6.4, width: 36, alignment: .center)
        let label = DrawCommand.text("09:00", style: style, color: Self.black, origin: Point(82, 101))
        let above = line([(100, 20), (100, 100)], width: 0.3)
        let through = line([(80, 105), (120, 105)], width: 0.3)
        func split(_ commands: [DrawCommand], ink: (String, TextStyle) -> Rect) -> OverlaySplit {
            OverlaySplit(LaidOutPage(width: 200, height: 200, commands: commands), ink: ink)
        }
        let glyphs = { measurer.ink(of: $0, style: $1) }
        #expect(split([above, label], ink: glyphs).overlay == [above])
        #expect(split([through, label], ink: glyphs).overlay.isEmpty)
        let lineBox = { (text: String, style: TextStyle) -> Rect in
            let size = measurer.measure(text, style: style)
            return Rect(x: 0, y: 0, width: max(size.width, style.width ?? 0), height: size.height)
        }
        #expect(split([above, label], ink: lineBox).overlay.isEmpty)
    }

    @Test func textNeverMovesAndLinesWithNothingAfterThemDo() {
        let text = DrawCommand.text("가격", style: Self.style, color: Self.black, origin: Point(10, 10))
        let bars = DrawCommand.bars([Bar(x: 100, top: 50, bottom: 80)], width: 2, color: Self.black)
        let result = split([text, line([(100, 100), (200, 120)]), bars])
        #expect(result.base == [text])
        #expect(result.overlay == [line([(100, 100), (200, 120)]), bars])
    }

    @Test func coordinatesOffThePageOrNotNumbersNeverTrap() {
        let far = line([(-1e300, .nan), (1e300, .infinity)])
        let result = split([far, box(.nan, 10, 5, 5), line([(10, 10), (20, 20)])])
        #expect(result.base.count + result.overlay.count == 3)
    }

    @Test func pieWedgesStayOnTheMainSurface() {
        let wedge = DrawCommand.wedge(center: Point(100, 100), radius: 40, start: 0, end: 2, fill: .black, stroke: nil)
        let result = split([wedge, line([(300, 300), (400, 300)])])
        #expect(result.base == [wedge])
        #expect(result.overlay == [line([(300, 300), (400, 300)])])
    }

    @Test func aLineStaysWhenALaterLabelCoversIt() {
        let label = DrawCommand.text("전일종가", style: Self.style, color: Self.black, origin: Point(140, 100))
        let result = split([box(0, 0, 595, 842), line([(100, 105), (200, 105)]), label])
        #expect(result.overlay.isEmpty)
        #expect(result.base.count == 3)
    }

    @Test(arguments: [
        // The stroke's half width (0.5) plus the clearance (1.25): a box closer than 1.75 points keeps the line.
        (1.9, false), (1.8, false), (1.7, true), (0.0, true),
    ])
    func theClearanceKeepsNeighboursApart(gap: Double, touches: Bool) {
        let later = DrawCommand.text("라벨", style: Self.style, color: Self.black, origin: Point(100, 100 + gap))
        let result = split([line([(100, 100), (200, 100)]), later])
        #expect(result.overlay.isEmpty == touches, "gap \(gap)")
    }

    @Test func aSharpCornersMitreCountsAlthoughTheCentreLineMissesTheBox() {
        // Segments meeting at 33°: the mitre reaches 1 / sin(16.7°) ≈ 3.5 half widths (3.5 points) past the vertex.
        let spike = line([(100, 200), (130, 100), (160, 200)], width: 2)
        let above = { (gap: Double) in
            DrawCommand.text("위", style: Self.style, color: Self.black, origin: Point(110, 100 - gap - 10))
        }
        // Half a width plus the clearance (2.25) would let it move at a gap of 3; the mitre (3.5 + 1.25) does not.
        #expect(split([spike, above(3)]).overlay.isEmpty)
        #expect(split([spike, above(8)]).overlay == [spike])
    }

    @Test func aDrawingBetweenTwoTextsKeepsOneOfItsRunOnTheMainSurface() {
        let (first, second) = (
            DrawCommand.text("위", style: Self.style, color: Self.black, origin: Point(10, 10)),
            DrawCommand.text("아래", style: Self.style, color: Self.black, origin: Point(10, 300))
        )
        let (rule, bars) = (
            line([(10, 100), (300, 100)]),
            DrawCommand.bars([Bar(x: 50, top: 150, bottom: 200)], width: 2, color: Self.black)
        )
        // Moving both would make the texts neighbours in Cairo's output, the second placed relative to the first.
        let result = split([first, rule, bars, second])
        #expect(result.base == [first, rule, second])
        #expect(result.overlay == [bars])
        #expect(split([first, rule, second, bars]).overlay == [bars])
        #expect(split([rule, first, second, bars]).overlay == [rule, bars])
    }

    @Test func anEarlierCommandUnderAMovedOneStillMovesInOrder() {
        let first = line([(10, 10), (300, 10)])
        let second = line([(10, 10), (300, 12)])
        let result = split([first, second])
        #expect(result.overlay == [first, second])
    }

    @Test func everyMovedCommandKeepsClearOfEveryLaterCommandThatStayed() {
        var random = SplitMix(seed: 7)
        for _ in 0..<40 {
            var commands: [DrawCommand] = []
            for _ in 0..<80 {
                let (x, y) = (random.double(in: 0...560), random.double(in: 0...800))
                switch random.int(in: 0...3) {
                case 0: commands.append(box(x, y, random.double(in: 1...40), random.double(in: 1...20)))
                case 1:
                    commands.append(.text("글", style: Self.style, color: Self.black, origin: Point(x, y)))
                case 2:
                    let points = (0..<6).map { _ in (x + random.double(in: 0...30), y + random.double(in: 0...30)) }
                    commands.append(line(points, width: random.double(in: 0.3...2)))
                default:
                    let bars = (0..<5).map { Bar(x: x + Double($0) * 2, top: y, bottom: y + random.double(in: 1...20)) }
                    commands.append(.bars(bars, width: 1, color: Self.black))
                }
            }
            let result = split(commands)
            #expect(result.base.count + result.overlay.count == commands.count)
            // Brute force over every pair, without the grid the split uses.
            var (stayed, moved) = (result.base[...], result.overlay[...])
            var stayedAfter: [Rect] = []
            for command in commands.reversed() {
                let footprint = PaintFootprint(command, ink: Self.ink)
                if stayed.last == command {
                    stayed.removeLast()
                    stayedAfter.append(footprint.bounds)
                } else {
                    #expect(moved.popLast() == command)
                    #expect(!stayedAfter.contains { footprint.touches($0.grown(by: 1.25)) })
                }
            }
            #expect(stayed.isEmpty)
            #expect(moved.isEmpty)
        }
    }
}

/// A small seeded generator, so a failure repeats.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func double(in range: ClosedRange<Double>) -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return range.lowerBound + Double(z >> 11) / Double(1 << 53) * (range.upperBound - range.lowerBound)
    }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        Int(double(in: Double(range.lowerBound)...Double(range.upperBound) + 0.999_999).rounded(.down))
    }
}
