import Canvas
import Testing

/// A one-line text drawn in a box is drawn from the layout that measured it at its natural width, moved by the
/// box's alignment: it must start exactly where Pango would put it in a layout of the whole box.
@Suite struct TextPlacementTests {
    private static let texts = [
        "12,623,000", "-4.99%", "삼성바이오로직스", "POSCO홀딩스", "39주 · 평가 7,605,000원", "11/20", "W", "",
        "שלום 123",  // right to left: keeps its own layout
        "첫 줄\n둘째 줄",  // two lines: keeps its own layout
    ]

    private let text: TextLayout

    init() throws {
        let surface = try PDFSurface(width: 200, height: 200)
        text = try TextLayout(context: try DrawingContext(surface: surface))
    }

    @Test(arguments: [TextLayout.Style.Alignment.left, .center, .right])
    func aTextStartsWherePangoPutsItInItsBox(alignment: TextLayout.Style.Alignment) {
        for sample in Self.texts {
            let natural = text.measure(sample, style: TextLayout.Style(family: "NanumGothic", size: 8)).width
            // Wider, exactly as wide, narrower (Pango then breaks or cuts it), and whole points (where Pango rounds
            // a centred line to a whole point).
            let widths = [natural + 13.37, natural, natural - 0.01, natural / 2, natural.rounded(.up) + 7, 40, 41]
            for width in widths where width > 0 {
                for (bold, ellipsizes) in [(false, false), (true, false), (false, true)] {
                    let style = TextLayout.Style(
                        family: "NanumGothic", size: 8, bold: bold, width: width, alignment: alignment,
                        ellipsizes: ellipsizes)
                    let starts = text.lineStarts(sample, style: style)
                    #expect(starts.drawn == starts.pango, "\(sample) in \(width) pt, \(alignment), bold \(bold)")
                }
            }
        }
    }

    @Test func aNaturalWidthTextIsMeasuredOnceWhateverItsAlignment() {
        let left = TextLayout.Style(family: "NanumGothic", size: 8)
        let right = TextLayout.Style(family: "NanumGothic", size: 8, alignment: .right)
        #expect(text.measure("1,234원", style: left) == text.measure("1,234원", style: right))
        #expect(text.lineStarts("1,234원", style: right).drawn == 0)
    }

    /// The ink of a line lies inside its box with room above and below (where the overlay split lets a grid line
    /// end), and moves with the box's alignment exactly as the drawn text does.
    @Test func aTextsInkIsInsideItsLineAndMovesWithItsAlignment() {
        for sample in ["09:00", "12,623,000", "평균단가 264,267", "POSCO홀딩스", "-4.99%"] {
            let natural = TextLayout.Style(family: "NanumGothic", size: 6.4)
            let size = text.measure(sample, style: natural)
            let ink = text.inkBox(sample, style: natural)
            #expect(ink.x >= 0 && ink.x + ink.width <= size.width + 0.01, "\(sample)")
            #expect(ink.y > 0.5 && ink.y + ink.height < size.height, "\(sample): \(ink) in \(size)")
            for alignment in [TextLayout.Style.Alignment.center, .right] {
                var boxed = natural
                (boxed.width, boxed.alignment) = (size.width + 20, alignment)
                let moved = text.inkBox(sample, style: boxed)
                let offset = Double(text.lineStarts(sample, style: boxed).drawn) / 1024
                #expect(moved.x == ink.x + offset && moved.y == ink.y && moved.width == ink.width, "\(sample)")
            }
        }
        let empty = text.inkBox("", style: TextLayout.Style(family: "NanumGothic", size: 8))
        #expect(empty.width == 0 && empty.height == 0)
    }
}
