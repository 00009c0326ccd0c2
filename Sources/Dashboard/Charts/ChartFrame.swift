import PortfolioModel

/// The shared furniture of a price chart: title, frame, horizontal grid lines with price labels.
struct ChartFrame {
    /// The whole chart's box (title included).
    let bounds: Rect
    let title: String

    /// Height taken by the title line.
    static func titleHeight(_ composer: PageComposer) -> Double { composer.lineHeight() + 3 }

    /// The plot area: inside the frame, right of the price labels.
    func plot(_ composer: PageComposer) -> Rect {
        let top = bounds.y + Self.titleHeight(composer)
        return Rect(
            x: bounds.x + 40, y: top + 3, width: bounds.width - 42,
            height: bounds.maxY - top - 3 - composer.lineHeight(scale: 0.8) - 2)
    }

    /// Draws the title, the frame and price grid lines for `scale` over `plot`.
    func drawBackground(plot: Rect, scale: LinearScale, composer: inout PageComposer) {
        let colors = composer.template.colors
        composer.text(title, style: composer.style(bold: true, width: bounds.width), x: bounds.x, y: bounds.y)
        composer.draw(.rect(plot, fill: nil, stroke: colors.grid, lineWidth: 0.6))
        let label = composer.style(scale: 0.8, width: 37, alignment: .right)
        for tick in scale.ticks(count: 4, minimumStep: 1) {
            let y = scale(tick)
            guard y >= plot.y - 0.5, y <= plot.maxY + 0.5 else { continue }
            composer.draw(
                .polyline([Point(plot.x, y), Point(plot.maxX, y)], color: colors.grid, lineWidth: 0.4, dash: []))
            composer.text(
                KoreanFormat.price(KRW(Int64(tick.rounded()))), style: label, color: colors.muted, x: bounds.x,
                y: y - composer.lineHeight(scale: 0.8) / 2)
        }
    }

    /// A centred note inside the plot (used when there is nothing to draw), around `centerY` (the plot's middle by
    /// default).
    func drawNote(_ note: String, plot: Rect, centerY: Double? = nil, composer: inout PageComposer) {
        let style = composer.style(width: plot.width - 10, wraps: true, alignment: .center)
        let height = composer.height(of: note, style: style)
        composer.text(
            note, style: style, color: composer.template.colors.muted, x: plot.x + 5,
            y: (centerY ?? plot.midY) - height / 2)
    }
}
