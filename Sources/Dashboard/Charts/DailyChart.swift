import Foundation
import PortfolioModel

/// 최근 N거래일: daily candles (or a close line) with volume, and the average purchase price as a dashed line.
struct DailyChart {
    let bars: [DailyBar]
    /// The window the template asks for (the title names it even when fewer bars exist, as for a new listing).
    let days: Int
    let averagePrice: KRW

    /// The chart's title: the window, and how many bars there are when fewer (a new listing).
    var title: String {
        bars.count < days && !bars.isEmpty ? "최근 \(days)거래일 일봉 (자료 \(bars.count)일)" : "최근 \(days)거래일 일봉"
    }

    func draw(in bounds: Rect, composer: inout PageComposer) {
        let template = composer.template
        let frame = ChartFrame(bounds: bounds, title: title)
        let plot = frame.plot(composer)
        let reference =
            averagePrice.won > 0
            ? ReferenceLine(name: "평균단가", price: averagePrice, color: template.colors.accent, dash: [4, 2]) : nil
        let prices = bars.flatMap { [Double($0.low.won), Double($0.high.won)] }
        let domain = ReferenceLine.domain(data: prices, references: reference.map { [Double($0.price.won)] } ?? [])
        let scale = LinearScale(
            domain: LinearScale.padded(domain.lowerBound, domain.upperBound, by: 0.06),
            range: plot.y...(plot.maxY - plot.height * 0.22), inverted: true)
        frame.drawBackground(plot: plot, scale: scale, composer: &composer)
        guard !bars.isEmpty else {
            frame.drawNote("저장된 일봉이 없습니다 (동기화 후 표시).", plot: plot, composer: &composer)
            return
        }
        let line = reference?.drawLine(plot: plot, scale: scale, composer: &composer)
        // One slot per day of the window, the bars at its right end: a new listing's few candles keep their width.
        let slots = max(bars.count, days)
        let step = plot.width / Double(slots)
        let maxVolume = Double(bars.map(\.volume).max() ?? 1)
        let volumeTop = plot.maxY - plot.height * 0.18
        var closes: [Point] = []
        var marks: [Rect] = []
        let dated = Set([0, bars.count / 2, bars.count - 1])
        for (index, bar) in bars.enumerated() {
            let x = plot.x + step * (Double(slots - bars.count + index) + 0.5)
            let color = bar.close >= bar.open ? template.colors.up : template.colors.down
            if maxVolume > 0 {
                let h = Double(bar.volume) / maxVolume * (plot.maxY - volumeTop)
                let volume = Rect(x: x - step * 0.3, y: plot.maxY - h, width: step * 0.6, height: h)
                composer.draw(.rect(volume, fill: color.tinted(0.35), stroke: nil, lineWidth: 0))
                marks.append(volume)
            }
            if template.candles {
                let (high, low) = (scale(Double(bar.high.won)), scale(Double(bar.low.won)))
                composer.draw(.polyline([Point(x, high), Point(x, low)], color: color, lineWidth: 0.7, dash: []))
                let top = scale(Double(max(bar.open, bar.close).won))
                let bottom = scale(Double(min(bar.open, bar.close).won))
                let body = Rect(x: x - step * 0.3, y: top, width: step * 0.6, height: max(bottom - top, 0.6))
                composer.draw(.rect(body, fill: color, stroke: nil, lineWidth: 0))
                marks.append(Rect(x: x - step * 0.3, y: high, width: step * 0.6, height: max(low - high, 0.6)))
            }
            closes.append(Point(x, scale(Double(bar.close.won))))
            if dated.contains(index) {
                let label = String(format: "%02d/%02d", bar.date.month, bar.date.day)
                composer.text(
                    label, style: composer.style(scale: 0.8, width: 40, alignment: .center),
                    color: template.colors.muted, x: x - 20, y: plot.maxY + 1)
            }
        }
        if !template.candles {
            composer.draw(.polyline(closes, color: template.colors.accent, lineWidth: 1.2, dash: []))
        }
        if let reference, let line {
            reference.drawLabel(
                y: line.y, placement: line.placement, plot: plot, titleRow: bounds, obstacles: marks,
                lines: template.candles ? [] : [closes], composer: &composer)
        }
    }
}
