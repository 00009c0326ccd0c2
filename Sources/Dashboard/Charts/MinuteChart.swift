import Foundation
import PortfolioModel

/// 당일 1분봉: the price line on a 09:00–15:30 axis (wider when bars fall outside), volume bars, and the previous
/// close as a dotted reference; the latest minute's price and volume printed.
struct MinuteChart {
    let bars: [MinuteBar]
    let previousClose: KRW
    let tradeDate: TradeDate
    let market: MarketStatus
    /// `true` once any holding has traded today: a holding without bars after that has not traded, rather than
    /// waiting for the session's first trade.
    let sessionHasTrades: Bool

    /// Minutes from midnight KST.
    private static func minuteOfDay(_ instant: Date) -> Double { minuteOfDay(KST.timeOfDay(instant)) }

    private static func minuteOfDay(_ time: KSTTime) -> Double { Double(time.secondOfDay) / 60 }

    func draw(in bounds: Rect, composer: inout PageComposer) {
        let template = composer.template
        let last = bars.last
        let title =
            last.map {
                "당일 1분봉 · \(KoreanFormat.hourMinute($0.minute)) \(KoreanFormat.won($0.close)) · 거래량 \(KRW.grouped($0.volume))주"
            } ?? "당일 1분봉"
        let frame = ChartFrame(bounds: bounds, title: title)
        let plot = frame.plot(composer)
        let reference =
            previousClose.won > 0
            ? ReferenceLine(name: "전일종가", price: previousClose, color: template.colors.muted, dash: [1.5, 1.5]) : nil
        let prices = bars.flatMap { [Double($0.low.won), Double($0.high.won)] }
        let domain = ReferenceLine.domain(data: prices, references: reference.map { [Double($0.price.won)] } ?? [])
        let scale = LinearScale(
            domain: LinearScale.padded(domain.lowerBound, domain.upperBound, by: 0.06),
            range: plot.y...(plot.maxY - plot.height * 0.24), inverted: true)
        frame.drawBackground(plot: plot, scale: scale, composer: &composer)
        let (open, close) = (Self.minuteOfDay(TradingSessions.krxOpen), Self.minuteOfDay(TradingSessions.krxClose))
        let start = min(open, bars.first.map { Self.minuteOfDay($0.minute) } ?? open)
        let end = max(close, bars.last.map { Self.minuteOfDay($0.minute) + 1 } ?? 0)
        let x = LinearScale(domain: start...end, range: plot.x...plot.maxX)
        drawTimeAxis(x, start: start, end: end, plot: plot, composer: &composer)
        let line = reference?.drawLine(plot: plot, scale: scale, composer: &composer)
        guard let last else {
            let note =
                !market.isOpen
                ? "오늘 분봉이 없습니다 (\(market.label))."
                : sessionHasTrades ? "오늘 이 종목의 체결이 없습니다 (거래정지 여부 확인)." : "아직 분봉이 없습니다 (첫 체결 전)."
            // Below the previous close's line, which sits in the middle of an axis made for it alone.
            let noteY = plot.y + plot.height * 0.72
            frame.drawNote(note, plot: plot, centerY: noteY, composer: &composer)
            if let reference, let line {
                let noteBox = Rect(x: plot.x, y: noteY - 10, width: plot.width, height: 20)
                reference.drawLabel(
                    y: line.y, placement: line.placement, plot: plot, titleRow: bounds, obstacles: [noteBox], lines: [],
                    composer: &composer)
            }
            return
        }
        let maxVolume = Double(bars.map(\.volume).max() ?? 0)
        let volumeTop = plot.maxY - plot.height * 0.2
        let width = max(plot.width / (end - start) * 0.8, 0.3)
        if maxVolume > 0 {
            var up: [Bar] = []
            var down: [Bar] = []
            for bar in bars where bar.volume > 0 {
                let h = Double(bar.volume) / maxVolume * (plot.maxY - volumeTop)
                let line = Bar(x: x(Self.minuteOfDay(bar.minute) + 0.5), top: plot.maxY - h, bottom: plot.maxY)
                if bar.close >= bar.open { up.append(line) } else { down.append(line) }
            }
            composer.draw(.bars(up, width: width, color: template.colors.up.tinted(0.5)))
            composer.draw(.bars(down, width: width, color: template.colors.down.tinted(0.5)))
        }
        let basis = previousClose.won > 0 ? previousClose : bars[0].open
        let lineColor = template.color(forSign: (last.close - basis).won)
        let points = bars.map { Point(x(Self.minuteOfDay($0.minute) + 0.5), scale(Double($0.close.won))) }
        composer.draw(
            .polyline(
                points, color: lineColor == template.colors.text ? template.colors.accent : lineColor, lineWidth: 0.9,
                dash: []))
        if let reference, let line {
            reference.drawLabel(
                y: line.y, placement: line.placement, plot: plot, titleRow: bounds,
                obstacles: [
                    Rect(
                        x: plot.x, y: volumeTop, width: (points.last?.x ?? plot.x) - plot.x + width,
                        height: plot.maxY - volumeTop)
                ],
                lines: [points], composer: &composer)
        }
    }

    private func drawTimeAxis(_ x: LinearScale, start: Double, end: Double, plot: Rect, composer: inout PageComposer) {
        let style = composer.style(scale: 0.8, width: 36, alignment: .center)
        var hour = (start / 60).rounded(.up)
        let step = end - start > 8 * 60 ? 2.0 : 1.0
        while hour * 60 <= end {
            let px = x(hour * 60)
            composer.draw(
                .polyline(
                    [Point(px, plot.y), Point(px, plot.maxY)], color: composer.template.colors.grid, lineWidth: 0.3,
                    dash: [1, 2]))
            composer.text(
                String(format: "%02d:00", Int(hour)), style: style, color: composer.template.colors.muted, x: px - 18,
                y: plot.maxY + 1)
            hour += step
        }
    }
}
