import Foundation
import PortfolioModel

/// 포트폴리오 구성: a pie by evaluation amount (with cash) and a bar chart of profit/loss per holding.
struct CompositionSection {
    let data: DashboardData

    func layout(in composer: inout PageComposer) {
        let template = composer.template
        let slices = PieSlice.slices(
            holdings: data.holdings, cash: data.summary.availableCash, maxSlices: template.pieSlices,
            minimumPercent: template.pieMinimumPercent)
        let bars = ProfitBars.select(data.holdings, perSide: template.profitBars)
        let barRow = composer.lineHeight() + 3
        let legendRow = composer.lineHeight() + 2
        let pieBlock = 150 + Double(slices.count) * legendRow + 8
        let barBlock = composer.lineHeight() + 8 + Double(max(bars.count, 1)) * barRow + 16
        let height = max(pieBlock, barBlock, 120)
        composer.heading("포트폴리오 구성", keepWith: height)
        let top = composer.cursor
        let pieWidth = composer.width * 0.42
        let pieFrame = Rect(x: composer.left, y: top, width: pieWidth, height: height)
        let barFrame = Rect(
            x: composer.left + pieWidth + 14, y: top, width: composer.width - pieWidth - 14, height: height)
        composer.labelsOnTop {
            PieChart(slices: slices).draw(in: pieFrame, composer: &$0)
            ProfitBars(holdings: bars, total: data.holdings.count).draw(in: barFrame, composer: &$0)
        }
        composer.advance(height + 12)
    }
}

/// A pie with its legend below.
struct PieChart {
    let slices: [PieSlice]

    func draw(in frame: Rect, composer: inout PageComposer) {
        let colors = composer.template.colors
        composer.text("자산 구성 (평가금액 기준)", style: composer.style(bold: true), x: frame.x, y: frame.y)
        guard !slices.isEmpty else {
            composer.text("보유 자산이 없습니다.", style: composer.style(), color: colors.muted, x: frame.x, y: frame.y + 20)
            return
        }
        let radius = 62.0
        let center = Point(frame.x + frame.width / 2, frame.y + 20 + radius)
        var angle = -Double.pi / 2
        let total = Double(slices.reduce(0) { $0 + $1.amount.won })
        var series = 0
        var sliceColors: [Color] = []
        for slice in slices {
            let color: Color
            if slice.isAggregate {
                color = slice.label.hasPrefix("현금") ? Color(hex: "#CFD8DC") ?? .white : Color(hex: "#B0BEC5") ?? .white
            } else {
                color = colors.series[series % colors.series.count]
                series += 1
            }
            sliceColors.append(color)
            let sweep = Double(slice.amount.won) / total * 2 * Double.pi
            composer.draw(
                .wedge(center: center, radius: radius, start: angle, end: angle + sweep, fill: color, stroke: .white))
            angle += sweep
        }
        var y = center.y + radius + 10
        let row = composer.lineHeight() + 2
        for (slice, color) in zip(slices, sliceColors) {
            composer.draw(
                .rect(Rect(x: frame.x, y: y + 2, width: 8, height: 8), fill: color, stroke: nil, lineWidth: 0))
            composer.text(
                slice.label, style: composer.style(width: frame.width * 0.5, overflow: .ellipsize), x: frame.x + 12,
                y: y)
            let value = "\(KoreanFormat.share(slice.share))  \(KoreanFormat.compact(slice.amount.won))원"
            composer.text(
                value, style: composer.style(width: frame.width * 0.48, alignment: .right), color: colors.muted,
                x: frame.x + frame.width * 0.52, y: y)
            y += row
        }
    }
}
