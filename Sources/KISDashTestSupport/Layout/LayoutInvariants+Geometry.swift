import Dashboard

/// A text command with where its ink goes.
struct PlacedText {
    var index: Int
    var string: String
    var style: TextStyle
    var origin: Point
    /// The width the text takes on one line at its size, with no box.
    var natural: Double
    /// The area the drawn text covers: its shown width placed by its alignment, and its height.
    var extent: Rect
}

extension LayoutInvariants {
    func placedTexts(_ page: LaidOutPage) -> [PlacedText] {
        page.commands.enumerated().compactMap { index, command in
            guard case .text(let string, let style, _, let origin) = command else { return nil }
            var free = style
            free.width = nil
            free.wraps = false
            let oneLine = measurer.measure(string, style: free)
            guard let box = style.width else {
                return PlacedText(
                    index: index, string: string, style: style, origin: origin, natural: oneLine.width,
                    extent: Rect(x: origin.x, y: origin.y, width: oneLine.width, height: oneLine.height))
            }
            if style.wraps {
                let height = measurer.measure(string, style: style).height
                return PlacedText(
                    index: index, string: string, style: style, origin: origin, natural: oneLine.width,
                    extent: Rect(x: origin.x, y: origin.y, width: min(box, oneLine.width), height: height))
            }
            let shown = style.ellipsizes ? min(oneLine.width, box) : oneLine.width
            let offset: Double =
                switch style.alignment {
                case .left: 0
                case .center: (box - shown) / 2
                case .right: box - shown
                }
            return PlacedText(
                index: index, string: string, style: style, origin: origin, natural: oneLine.width,
                extent: Rect(x: origin.x + offset, y: origin.y, width: shown, height: oneLine.height))
        }
    }

    /// `true` when `command`, painted after a text, goes through `box`.
    static func crosses(_ command: DrawCommand, _ box: Rect) -> Bool {
        switch command {
        case .text: false
        case .rect(let rect, let fill, let stroke, _):
            (fill != nil && rect.intersects(box))
                || (stroke != nil
                    && box.intersects(
                        polyline: [
                            Point(rect.x, rect.y), Point(rect.maxX, rect.y), Point(rect.maxX, rect.maxY),
                            Point(rect.x, rect.maxY), Point(rect.x, rect.y),
                        ]))
        case .polyline(let points, _, _, _): box.intersects(polyline: points)
        case .bars(let bars, _, _):
            bars.contains { box.intersects(from: Point($0.x, $0.top), to: Point($0.x, $0.bottom)) }
        case .polygon(let points, _): box.intersects(polyline: points + points.prefix(1))
        case .wedge(let center, let radius, _, _, _, _):
            box.intersects(Rect(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius))
        }
    }

    static func name(_ command: DrawCommand) -> String {
        switch command {
        case .text(let string, _, _, _): "text \(string)"
        case .rect(let rect, _, _, _): "a rectangle at \(rect)"
        case .polyline(let points, _, let width, _): "a line (\(width) pt) from \(points.first.map { "\($0)" } ?? "")"
        case .bars: "volume bars"
        case .polygon: "a polygon"
        case .wedge: "a pie slice"
        }
    }
}
