import Canvas
import Dashboard

/// Draws a laid-out document onto a Cairo PDF surface: the thin I/O shell around the pure layout.
struct PDFPainter {
    let surface: PDFSurface
    let context: DrawingContext
    let text: TextLayout

    /// Draws every page, adds the outline and metadata; `pageDone` is called as soon as Cairo has written each page.
    func paint(_ document: LaidOutDocument, pageDone: () -> Void = {}) throws(CanvasError) {
        surface.setMetadata(
            PDFMetadata(
                title: document.title, author: "kis-dashboard", subject: document.subject, creator: "kisdash render",
                keywords: document.keywords, creationDate: document.creationDate))
        var lastSection: Int32?
        for (index, page) in document.pages.enumerated() {
            surface.setPageSize(width: page.width, height: page.height)
            for command in page.commands { draw(command) }
            for mark in page.bookmarks {
                if mark.level == 0 {
                    lastSection = surface.addOutline(parent: nil, title: mark.title, page: index + 1, y: mark.y)
                } else {
                    surface.addOutline(parent: lastSection, title: mark.title, page: index + 1, y: mark.y)
                }
            }
            context.showPage()
            try context.checkStatus()
            pageDone()
        }
    }

    /// Chart series' coordinates to a quarter point (0.09 mm, under a pixel at 200 dpi).
    ///
    /// Cairo keeps coordinates in 1/256 pt and writes up to three decimals, so a hundredth of a point came out as
    /// `123.449`; a quarter point comes out as `123.25`, `123.5` or `123`. The minute charts' 78,000 segments at 100
    /// holdings are most of the content stream, and Cairo formats and compresses every byte of it: the file is
    /// 17 % smaller and paint faster, with the same picture at 60 and 150 dpi (bench/README.md).
    static func round(_ value: Double) -> Double { (value * 4).rounded() / 4 }

    /// The width of a pie slice's outline.
    static let wedgeOutlineWidth = 0.8

    private func setColor(_ color: Color) {
        context.setColor(red: color.red, green: color.green, blue: color.blue, alpha: color.alpha)
    }

    private func draw(_ command: DrawCommand) {
        switch command {
        case .text(let string, let style, let color, let origin):
            setColor(color)
            text.draw(string, style: TextLayout.Style(style), x: origin.x, y: origin.y)
        case .rect(let rect, let fill, let stroke, let lineWidth):
            if let fill {
                context.rectangle(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
                setColor(fill)
                context.fill()
            }
            if let stroke {
                context.rectangle(x: rect.x, y: rect.y, width: rect.width, height: rect.height)
                setColor(stroke)
                context.setLineWidth(lineWidth)
                context.setDash([])
                context.stroke()
            }
        case .bars(let bars, let width, let color):
            guard !bars.isEmpty else { return }
            for bar in bars {
                context.move(toX: Self.round(bar.x), y: Self.round(bar.bottom))
                context.line(toX: Self.round(bar.x), y: Self.round(bar.top))
            }
            setColor(color)
            context.setLineWidth(width)
            context.setDash([])
            context.stroke()
        case .polyline(let points, let color, let lineWidth, let dash):
            guard let first = points.first, points.count > 1 else { return }
            context.move(toX: Self.round(first.x), y: Self.round(first.y))
            for point in points.dropFirst() { context.line(toX: Self.round(point.x), y: Self.round(point.y)) }
            setColor(color)
            context.setLineWidth(lineWidth)
            context.setDash(dash)
            context.stroke()
        case .polygon(let points, let fill):
            guard let first = points.first else { return }
            context.move(toX: first.x, y: first.y)
            for point in points.dropFirst() { context.line(toX: point.x, y: point.y) }
            context.closePath()
            setColor(fill)
            context.fill()
        case .wedge(let center, let radius, let start, let end, let fill, let stroke):
            // A whole circle has no radius edge to draw.
            if end - start < 2 * Double.pi - 1e-6 { context.move(toX: center.x, y: center.y) }
            context.arc(centerX: center.x, centerY: center.y, radius: radius, from: start, to: end)
            context.closePath()
            setColor(fill)
            context.fill(preserve: stroke != nil)
            if let stroke {
                setColor(stroke)
                context.setLineWidth(Self.wedgeOutlineWidth)
                context.setDash([])
                context.stroke()
            }
        }
    }
}
