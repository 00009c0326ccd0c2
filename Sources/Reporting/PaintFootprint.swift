import Dashboard

/// Where a drawing command can leave paint: a box around all of it and, for lines and bars, the shapes inside.
///
/// Conservative by construction: a stroke reaches half its width from its centre line, a mitred corner up to
/// Cairo's miter limit (10) times that, and text inks where its glyphs are (as the caller's `ink` says). Lines and
/// bars are taken where the painter puts them, on its quarter-point grid (``PDFPainter/round(_:)``). The finer
/// shapes are only looked at when a box comes inside ``bounds``.
struct PaintFootprint {
    /// Everything the command paints lies inside.
    let bounds: Rect
    private let command: DrawCommand

    /// Cairo's default miter limit: a sharper corner is bevelled.
    static let miterLimit = 10.0

    /// The footprint of `command`; `ink` gives where a text can leave paint, relative to its box's top-left corner.
    init(_ command: DrawCommand, ink: (String, TextStyle) -> Rect) {
        self.command = Self.asPainted(command)
        switch self.command {
        case .text(let string, let style, _, let origin):
            let box = ink(string, style)
            bounds = Rect(x: origin.x + box.x, y: origin.y + box.y, width: box.width, height: box.height)
        case .rect(let rect, _, let stroke, let lineWidth):
            bounds = stroke == nil ? rect : rect.grown(by: lineWidth)
        case .polyline(let points, _, let lineWidth, _):
            let reach = points.indices.reduce(0) { max($0, Self.corner(points, $1, half: lineWidth / 2)) }
            bounds = Self.bounds(points.lazy.map { ($0.x, $0.x, $0.y, $0.y) }).grown(by: reach)
        case .bars(let bars, let width, _):
            bounds = Self.bounds(bars.lazy.map { ($0.x - width / 2, $0.x + width / 2, $0.top, $0.bottom) })
        case .polygon(let points, _):
            bounds = Self.bounds(points.lazy.map { ($0.x, $0.x, $0.y, $0.y) })
        case .wedge(let center, let radius, _, _, _, let stroke):
            let circle = Rect(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius)
            bounds = stroke == nil ? circle : circle.grown(by: PDFPainter.wedgeOutlineWidth / 2 * Self.miterLimit)
        }
    }

    /// `true` when the command may paint inside `box`.
    func touches(_ box: Rect) -> Bool {
        guard bounds.intersects(box) else { return false }
        switch command {
        case .polyline(let points, _, let lineWidth, _):
            return Self.polyline(points, lineWidth: lineWidth, touches: box)
        case .bars(let bars, let width, _):
            return bars.contains {
                Rect(x: $0.x - width / 2, y: $0.top, width: width, height: $0.bottom - $0.top).grown(by: 0.01)
                    .intersects(box)
            }
        default:
            return true
        }
    }

    /// `command` with its line or bar coordinates where ``PDFPainter`` draws them.
    private static func asPainted(_ command: DrawCommand) -> DrawCommand {
        switch command {
        case .polyline(let points, let color, let lineWidth, let dash):
            .polyline(
                points.map { Point(PDFPainter.round($0.x), PDFPainter.round($0.y)) }, color: color,
                lineWidth: lineWidth, dash: dash)
        case .bars(let bars, let width, let color):
            .bars(
                bars.map {
                    Bar(x: PDFPainter.round($0.x), top: PDFPainter.round($0.top), bottom: PDFPainter.round($0.bottom))
                }, width: width, color: color)
        default: command
        }
    }

    /// Whether a segment's paint reaches into `box`: each segment reaches as far as the mitre at either end allows
    /// (half the width at a butt end or a bevel), worked out only for segments near the box.
    private static func polyline(_ points: [Point], lineWidth: Double, touches box: Rect) -> Bool {
        let half = lineWidth / 2
        let near = box.grown(by: half * miterLimit)
        for i in points.indices.dropLast() {
            let (a, b) = (points[i], points[i + 1])
            guard min(a.x, b.x) < near.maxX, max(a.x, b.x) > near.x, min(a.y, b.y) < near.maxY, max(a.y, b.y) > near.y
            else { continue }
            let reach = max(corner(points, i, half: half), corner(points, i + 1, half: half))
            if box.grown(by: reach).intersects(from: a, to: b) { return true }
        }
        return false
    }

    /// How far the join at `points[i]` reaches from it: the mitre is 1 / sin(θ/2) half-widths long, θ the angle
    /// between the segments, and past the limit Cairo bevels.
    private static func corner(_ points: [Point], _ i: Int, half: Double) -> Double {
        guard i > 0, i < points.count - 1 else { return half }
        let (a, b, c) = (points[i - 1], points[i], points[i + 1])
        let (ux, uy, vx, vy) = (b.x - a.x, b.y - a.y, c.x - b.x, c.y - b.y)
        let lengths = (ux * ux + uy * uy).squareRoot() * (vx * vx + vy * vy).squareRoot()
        // Cairo drops a zero-length segment and joins its neighbours, at any angle: allow the longest mitre.
        guard lengths > 0 else { return half * miterLimit }
        let sine = ((1 + (ux * vx + uy * vy) / lengths) / 2).squareRoot()
        return sine > 0 && 1 / sine <= miterLimit ? half / sine : half
    }

    /// The box around spans given as (min x, max x, min y, max y).
    private static func bounds(_ spans: some Sequence<(Double, Double, Double, Double)>) -> Rect {
        var (minX, maxX, minY, maxY) = (Double.infinity, -Double.infinity, Double.infinity, -Double.infinity)
        for (x0, x1, y0, y1) in spans {
            (minX, maxX, minY, maxY) = (min(minX, x0), max(maxX, x1), min(minY, y0), max(maxY, y1))
        }
        guard minX <= maxX, minY <= maxY else { return Rect(x: 0, y: 0, width: 0, height: 0) }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
}

extension Rect {
    /// The rectangle grown by `amount` on every side.
    func grown(by amount: Double) -> Rect {
        Rect(x: x - amount, y: y - amount, width: width + 2 * amount, height: height + 2 * amount)
    }
}
