import PortfolioModel

/// A reference price across a chart (평균단가, 전일종가): a dashed line with its value, placed so that it neither
/// squashes the data nor covers it.
///
/// A price far outside the data's range is left off the axis and drawn at the plot's edge with an arrow (▲ above,
/// ▼ below); the label goes to the first corner beside the line where it crosses no candle or price line.
struct ReferenceLine {
    let name: String
    let price: KRW
    let color: Color
    let dash: [Double]

    /// Where the line sits: inside the axis, or off it above or below.
    enum Placement { case inside, above, below }

    /// The axis range for `data` with `references` on it: a reference is included only while the data keeps at
    /// least 40% of the height, so an average price far from today's range does not flatten the candles.
    static func domain(data: [Double], references: [Double]) -> ClosedRange<Double> {
        guard let low = data.min(), let high = data.max() else {
            return (references.min() ?? 0)...(references.max() ?? 1)
        }
        let span = max(high - low, low * 0.02, 2)
        var domain = low...high
        for value in references {
            let widened = min(domain.lowerBound, value)...max(domain.upperBound, value)
            if span >= 0.4 * (widened.upperBound - widened.lowerBound) { domain = widened }
        }
        return domain
    }

    /// The text of the label: the name and the price, with an arrow when the price is off the axis.
    func label(_ placement: Placement) -> String {
        let text = "\(name) \(KoreanFormat.price(price))"
        switch placement {
        case .inside: return text
        case .above: return "▲ " + text
        case .below: return "▼ " + text
        }
    }

    /// Draws the dashed line (at the edge of the price area when off the axis) and returns where it went.
    func drawLine(plot: Rect, scale: LinearScale, composer: inout PageComposer) -> (y: Double, placement: Placement) {
        let raw = scale(Double(price.won))
        let (top, bottom) = (scale.range.lowerBound, scale.range.upperBound)
        let placement: Placement = raw < top - 0.5 ? .above : raw > bottom + 0.5 ? .below : .inside
        let y = placement == .above ? top : placement == .below ? bottom : raw
        composer.draw(.polyline([Point(plot.x, y), Point(plot.maxX, y)], color: color, lineWidth: 0.8, dash: dash))
        return (y, placement)
    }

    /// Draws the label beside the line at `y`, at the first place (right to left, above then below the line)
    /// where it covers none of `obstacles` (candle boxes) or `lines` (price lines); when there is none, at the
    /// right end of the chart's title row (`titleRow`), clear of the data.
    func drawLabel(
        y: Double, placement: Placement, plot: Rect, titleRow: Rect, obstacles: [Rect], lines: [[Point]],
        composer: inout PageComposer
    ) {
        let text = label(placement)
        let style = composer.style(scale: 0.75)
        let width = composer.width(of: text, style: style) + 4
        let height = composer.lineHeight(scale: 0.75)
        // Three points off the line, which is then not cut where the label goes.
        let aboveY = max(y - height - 3, plot.y + 1)
        let belowY = min(y + 3, plot.maxY - height - 1)
        let rows = placement == .below ? [aboveY] : placement == .above ? [belowY] : [aboveY, belowY]
        let xs = Array(stride(from: plot.maxX - width - 2, through: plot.x + 2, by: -6))
        let candidates = rows.flatMap { row in xs.map { Rect(x: $0, y: row, width: width, height: height) } }
        // Two points clear of candles and price lines: the painter can then draw them apart from the label, on the
        // other core.
        let free = candidates.first { box in
            let clear = box.insetBy(dx: -2, dy: -2)
            return !obstacles.contains { $0.intersects(clear) } && !lines.contains { clear.intersects(polyline: $0) }
        }
        let box = free ?? Rect(x: titleRow.maxX - width, y: titleRow.y + 1, width: width, height: height)
        if free == nil {
            // Over the end of the chart's title, which a white box hides.
            composer.backdrop(box, fill: .white)
        } else {
            // Only grid lines cross a free place: they stop two points short of it.
            composer.knockOut(box, margin: 2)
        }
        composer.text(text, style: style, color: color, x: box.x + 2, y: box.y)
    }
}
