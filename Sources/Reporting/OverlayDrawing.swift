import Canvas
import Dashboard

/// Writes the overlay's commands (``OverlaySplit``) into a ``PDFContent``, each as ``PDFPainter`` draws it on a
/// Cairo surface: the same paths, colours and widths, so the overlay rasterizes as the main surface would have.
struct OverlayDrawing {
    private(set) var content: PDFContent

    init(pageHeight: Double) { content = PDFContent(pageHeight: pageHeight) }

    /// Writes `command`; text and pie wedges never move to the overlay (``OverlaySplit``) and are refused.
    mutating func draw(_ command: DrawCommand) throws(CanvasError) {
        switch command {
        case .text, .wedge:
            throw CanvasError(.drawing, "text and curves stay on the main surface")
        case .rect(let rect, let fill, let stroke, let lineWidth):
            var path = PDFPath()
            path.rectangle(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
            if let fill { content.fill(path, color: Self.color(fill)) }
            if let stroke { content.stroke(path, color: Self.color(stroke), width: lineWidth, dash: []) }
        case .bars(let bars, let width, let color):
            var path = PDFPath()
            for bar in bars {
                path.move(toX: PDFPainter.round(bar.x), y: PDFPainter.round(bar.bottom))
                path.line(toX: PDFPainter.round(bar.x), y: PDFPainter.round(bar.top))
            }
            content.stroke(path, color: Self.color(color), width: width, dash: [])
        case .polyline(let points, let color, let lineWidth, let dash):
            guard points.count > 1 else { return }
            var path = PDFPath()
            for (index, point) in points.enumerated() {
                let (x, y) = (PDFPainter.round(point.x), PDFPainter.round(point.y))
                if index == 0 { path.move(toX: x, y: y) } else { path.line(toX: x, y: y) }
            }
            content.stroke(path, color: Self.color(color), width: lineWidth, dash: dash)
        case .polygon(let points, let fill):
            guard let first = points.first else { return }
            var path = PDFPath()
            path.move(toX: first.x, y: first.y)
            for point in points.dropFirst() { path.line(toX: point.x, y: point.y) }
            path.close()
            content.fill(path, color: Self.color(fill))
        }
    }

    /// Cairo keeps colour components within 0...1.
    private static func color(_ color: Color) -> PDFContent.Color {
        func clamped(_ value: Double) -> Double { min(max(value, 0), 1) }
        return PDFContent.Color(
            red: clamped(color.red), green: clamped(color.green), blue: clamped(color.blue),
            alpha: clamped(color.alpha))
    }
}
