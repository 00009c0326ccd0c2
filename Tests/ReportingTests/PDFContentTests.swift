import Canvas
import Testing

/// The overlay's drawings are written as Cairo 1.16 writes them (OverlayPDFTests compares the pixels); these pin
/// the rules that make the numbers and segments the same.
@Suite struct PDFContentTests {
    private func text(_ content: PDFContent) -> String { String(decoding: content.finished().content, as: UTF8.self) }

    @Test func coordinatesAreOnCairosGridWithThreeDecimals() {
        var path = PDFPath()
        // 0.0625 is halfway between 0.062 and 0.063: printf rounds the tie to even. 10.96875 rounds up.
        path.move(toX: 0.0625, y: 10.96875)
        path.line(toX: -3.5, y: 1e-4)
        var content = PDFContent(pageHeight: 841.889764)
        content.stroke(path, color: .init(red: 0, green: 0.5, blue: 1, alpha: 1), width: 0.4, dash: [])
        #expect(text(content).hasPrefix("1 0 0 -1 0 841.889764 cm\nq\n0 0.5 1 RG 0.4 w\n"))
        #expect(text(content).contains("0.062 10.969 m -3.5 0 l S\n"))
        #expect(PDFPath.fixed(0.5 / 256) == 0 && PDFPath.fixed(1.5 / 256) == 2)
    }

    @Test func numbersThatAreNotNumbersNeverTrapOrReachThePage() {
        var path = PDFPath()
        path.move(toX: .nan, y: .infinity)
        path.line(toX: 1e300, y: -1e300)
        var content = PDFContent(pageHeight: .nan)
        content.stroke(path, color: .init(red: .nan, green: 2, blue: -1, alpha: 1), width: .infinity, dash: [.nan])
        let written = text(content)
        #expect(!written.contains("nan") && !written.contains("inf") && !written.contains("e+"))
        #expect(written.contains("0 0 m 8388607 -8388607 l S\n"))
    }

    @Test func segmentsAreMergedDroppedAndClosedAsCairoDoes() {
        var path = PDFPath()
        path.move(toX: 0, y: 0)
        path.move(toX: 1, y: 1)  // only the last move counts
        path.line(toX: 1, y: 1)  // back to the start right after the move: kept, then replaced
        path.line(toX: 2, y: 1)
        path.line(toX: 3, y: 1)  // the same direction: replaces the previous segment
        path.line(toX: 3, y: 1)  // no length: dropped
        path.line(toX: 2, y: 1)  // turning back: kept
        #expect(path.operations == [.move, .line, .line])
        #expect(path.points.map { [$0.x / 256, $0.y / 256] } == [[1, 1], [3, 1], [2, 1]])
        var triangle = PDFPath()
        triangle.move(toX: 0, y: 0)
        triangle.line(toX: 4, y: 0)
        triangle.line(toX: 4, y: 4)
        triangle.line(toX: 2, y: 2)  // on the way back to the start: closing replaces it
        triangle.close()
        #expect(triangle.operations == [.move, .line, .line, .close])
    }

    @Test func rectanglesAreWrittenAsRectanglesAndNothingIsDrawnWithoutWidth() {
        var box = PDFPath()
        box.rectangle(x: 10, y: 20, width: 30.5, height: 0.25)
        var content = PDFContent(pageHeight: 100)
        content.fill(box, color: .init(red: 1, green: 1, blue: 1, alpha: 0.5))
        content.stroke(box, color: .init(red: 1, green: 0, blue: 0, alpha: 1), width: 0, dash: [])
        #expect(text(content).contains("1 1 1 rg /a0 gs\n10 20 30.5 0.25 re f\nQ\n"))
        #expect(!text(content).contains(" S\n"))
        #expect(content.finished().resources == "<< /ExtGState << /a0 << /CA 0.5 /ca 0.5 >> >> >>")
    }
}
