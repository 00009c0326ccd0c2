import Foundation
import PortfolioModel

/// 최근 2주: daily candles (or a close line) with volume, and the average purchase price as a dashed line.
struct DailyChart {
    let bars: [DailyBar]
    let averagePrice: KRW

    func draw(in bounds: Rect, composer: inout PageComposer) {
        let template = composer.template
        let frame = ChartFrame(bounds: bounds, title: "최근 \(bars.count)거래일 일봉")
        let plot = frame.plot(composer)
        let prices = bars.flatMap { [Double($0.low.won), Double($0.high.won)] } + [Double(averagePrice.won)]
        let scale = LinearScale(
            domain: LinearScale.padded(prices.min() ?? 0, prices.max() ?? 1, by: 0.06),
            range: plot.y...(plot.maxY - plot.height * 0.22), inverted: true)
        frame.drawBackground(plot: plot, scale: scale, composer: &composer)
        guard !bars.isEmpty else {
            frame.drawNote("저장된 일봉이 없습니다 (동기화 후 표시).", plot: plot, composer: &composer)
            return
        }
        let step = plot.width / Double(bars.count)
        let maxVolume = Double(bars.map(\.volume).max() ?? 1)
        let volumeTop = plot.maxY - plot.height * 0.18
        var closes: [Point] = []
        for (index, bar) in bars.enumerated() {
            let x = plot.x + step * (Double(index) + 0.5)
            let up = bar.close >= bar.open
            let color = up ? template.colors.up : template.colors.down
            if maxVolume > 0 {
                let h = Double(bar.volume) / maxVolume * (plot.maxY - volumeTop)
                composer.draw(
                    .rect(
                        Rect(x: x - step * 0.3, y: plot.maxY - h, width: step * 0.6, height: h),
                        fill: color.tinted(0.35), stroke: nil, lineWidth: 0))
            }
            if template.candles {
                composer.draw(
                    .polyline(
                        [Point(x, scale(Double(bar.high.won))), Point(x, scale(Double(bar.low.won)))], color: color,
                        lineWidth: 0.7, dash: []))
                let top = scale(Double(max(bar.open, bar.close).won))
                let bottom = scale(Double(min(bar.open, bar.close).won))
                composer.draw(
                    .rect(
                        Rect(x: x - step * 0.3, y: top, width: step * 0.6, height: max(bottom - top, 0.6)), fill: color,
                        stroke: nil, lineWidth: 0))
            }
            closes.append(Point(x, scale(Double(bar.close.won))))
            if index == 0 || index == bars.count - 1 || index == bars.count / 2 {
                let label = String(format: "%02d/%02d", bar.date.month, bar.date.day)
                composer.text(
                    label, style: composer.style(scale: 0.8, width: 40, alignment: .center),
                    color: template.colors.muted,
                    x: x - 20, y: plot.maxY + 1)
            }
        }
        if !template.candles {
            composer.draw(.polyline(closes, color: template.colors.accent, lineWidth: 1.2, dash: []))
        }
        if averagePrice.won > 0 {
            frame.drawReference(
                Double(averagePrice.won), label: "평균단가 \(KoreanFormat.price(averagePrice))",
                color: template.colors.accent,
                dash: [4, 2], plot: plot, scale: scale, composer: &composer)
        }
    }
}
