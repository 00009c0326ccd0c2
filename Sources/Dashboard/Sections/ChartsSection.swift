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
            composer.labelsOnTop { layoutHolding(holding, in: &$0) }
        }
    }

    private func layoutHolding(_ holding: Holding, in composer: inout PageComposer) {
        let template = composer.template
        let color = template.color(forSign: holding.profitLoss.won)
        let top = composer.cursor
        drawHeader(holding, color: color, top: top, in: &composer)
        let chartTop = top + composer.lineHeight(scale: 1.15) + 6
        let dailyWidth = composer.width * 0.42
        let bars = Array((data.dailyBars[holding.code] ?? []).sorted { $0.date < $1.date }.suffix(template.dailyDays))
        DailyChart(bars: bars, days: template.dailyDays, averagePrice: holding.averagePrice.roundedWon).draw(
            in: Rect(x: composer.left, y: chartTop, width: dailyWidth, height: Self.chartHeight), composer: &composer)
        let minutes = (data.minuteBars[holding.code] ?? []).sorted { $0.minute < $1.minute }
        MinuteChart(
            bars: minutes, previousClose: holding.previousClose, tradeDate: data.tradeDate, market: data.market,
            sessionHasTrades: data.minuteBars.values.contains { !$0.isEmpty }
        )
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

    /// The name (cut with "…" when long), the code right after it (never dropped), and the position's figures at
    /// the right (sized to their text, never cut).
    private func drawHeader(_ holding: Holding, color: Color, top: Double, in composer: inout PageComposer) {
        let facts =
            "\(KoreanFormat.shares(holding.quantity)) · 평가 \(KoreanFormat.won(holding.evaluationAmount)) · "
            + "손익 \(KoreanFormat.signedWon(holding.profitLoss)) (\(KoreanFormat.percent(holding.profitLossRate)))"
        let factsWidth = min(composer.naturalWidth(of: facts, style: composer.style()) + 1, composer.width * 0.62)
        let factsStyle = composer.style(width: factsWidth, alignment: .right)
        composer.text(
            facts, style: factsStyle, color: color, x: composer.left + composer.width - factsWidth, y: top + 1.5)
        let code = holding.code.rawValue
        let codeStyle = composer.style(scale: 1.15, bold: true)
        let codeWidth = composer.naturalWidth(of: code, style: codeStyle) + 1
        let nameBox = composer.width - factsWidth - codeWidth - 18
        let nameStyle = composer.style(scale: 1.15, bold: true, width: nameBox, overflow: .ellipsize)
        let nameWidth = min(composer.naturalWidth(of: holding.name, style: nameStyle), nameBox)
        composer.text(holding.name, style: nameStyle, x: composer.left, y: top)
        var boxed = codeStyle
        boxed.width = codeWidth
        composer.text(
            code, style: boxed, color: composer.template.colors.muted, x: composer.left + nameWidth + 6, y: top)
    }
}
