import Foundation
import PortfolioModel

/// 종목별 차트: per holding, a header line, the two-week daily chart and today's minute chart, never split.
struct ChartsSection {
    let data: DashboardData

    /// The height of one holding's block.
    static func blockHeight(_ composer: PageComposer) -> Double {
        composer.lineHeight(scale: 1.15) + 6 + Self.chartHeight + 12
    }

    /// The height of each of the two charts.
    static let chartHeight = 134.0

    func layout(in composer: inout PageComposer) {
        let holdings = data.holdings.sorted {
            ($0.evaluationAmount.won, $1.code) > ($1.evaluationAmount.won, $0.code)
        }
        guard !holdings.isEmpty else { return }
        let block = Self.blockHeight(composer)
        composer.heading("종목별 차트", keepWith: block)
        for holding in holdings {
            composer.reserve(block)
            composer.bookmark("\(holding.name) (\(holding.code))", level: 1)
            layoutHolding(holding, in: &composer)
        }
    }

    private func layoutHolding(_ holding: Holding, in composer: inout PageComposer) {
        let template = composer.template
        let color = template.color(forSign: holding.profitLoss.won)
        let top = composer.cursor
        let nameStyle = composer.style(scale: 1.15, bold: true, width: composer.width * 0.5)
        composer.text("\(holding.name)  \(holding.code)", style: nameStyle, x: composer.left, y: top)
        let facts =
            "\(KoreanFormat.shares(holding.quantity)) · 평가 \(KoreanFormat.won(holding.evaluationAmount)) · "
            + "손익 \(KoreanFormat.signedWon(holding.profitLoss)) (\(KoreanFormat.percent(holding.profitLossRate)))"
        let factsStyle = composer.style(width: composer.width * 0.5, alignment: .right)
        composer.text(facts, style: factsStyle, color: color, x: composer.left + composer.width * 0.5, y: top + 1.5)
        let chartTop = top + composer.lineHeight(scale: 1.15) + 6
        let dailyWidth = composer.width * 0.42
        let bars = Array((data.dailyBars[holding.code] ?? []).sorted { $0.date < $1.date }.suffix(template.dailyDays))
        DailyChart(bars: bars, averagePrice: holding.averagePrice.roundedWon).draw(
            in: Rect(x: composer.left, y: chartTop, width: dailyWidth, height: Self.chartHeight), composer: &composer)
        let minutes = (data.minuteBars[holding.code] ?? []).sorted { $0.minute < $1.minute }
        MinuteChart(bars: minutes, previousClose: holding.previousClose, tradeDate: data.tradeDate, market: data.market)
            .draw(
                in: Rect(
                    x: composer.left + dailyWidth + 14, y: chartTop, width: composer.width - dailyWidth - 14,
                    height: Self.chartHeight),
                composer: &composer)
        composer.advance(Self.blockHeight(composer))
        composer.draw(
            .polyline(
                [
                    Point(composer.left, composer.cursor - 6),
                    Point(composer.left + composer.width, composer.cursor - 6),
                ],
                color: template.colors.grid, lineWidth: 0.5, dash: []))
    }
}
