import PortfolioModel

/// Horizontal bars of unrealized profit/loss per holding, gains red and losses blue, around a zero line.
struct ProfitBars {
    let holdings: [Holding]
    /// How many holdings there are in all (to say when only the top and bottom are shown).
    let total: Int

    /// All holdings by profit/loss (largest gain first), or only the `perSide` largest gains and losses when there
    /// are more than twice that many.
    static func select(_ holdings: [Holding], perSide: Int) -> [Holding] {
        let sorted = holdings.sorted { ($0.profitLoss.won, $1.code) > ($1.profitLoss.won, $0.code) }
        guard sorted.count > 2 * perSide else { return sorted }
        return Array(sorted.prefix(perSide)) + Array(sorted.suffix(perSide))
    }

    func draw(in frame: Rect, composer: inout PageComposer) {
        let colors = composer.template.colors
        let title = holdings.count < total ? "평가손익 (상위·하위 \(holdings.count / 2)종목 / 전체 \(total)종목)" : "종목별 평가손익"
        composer.text(title, style: composer.style(bold: true), x: frame.x, y: frame.y)
        guard !holdings.isEmpty else {
            composer.text("보유 종목이 없습니다.", style: composer.style(), color: colors.muted, x: frame.x, y: frame.y + 20)
            return
        }
        let labelWidth = frame.width * 0.27
        let valueWidth = frame.width * 0.2
        let plot = Rect(
            x: frame.x + labelWidth + 4, y: frame.y + composer.lineHeight() + 8,
            width: frame.width - labelWidth - valueWidth - 8, height: 0)
        let extreme = Double(holdings.map { $0.profitLoss.won.magnitude }.max() ?? 1)
        let low = holdings.contains { $0.profitLoss.won < 0 } ? -extreme : 0
        let high = holdings.contains { $0.profitLoss.won > 0 } ? extreme : 0
        let scale = LinearScale(domain: low...high, range: plot.x...plot.maxX)
        let row = composer.lineHeight() + 3
        let zeroX = scale(0)
        for (index, holding) in holdings.enumerated() {
            let y = plot.y + Double(index) * row
            composer.text(
                holding.name, style: composer.style(width: labelWidth, overflow: .ellipsize), x: frame.x, y: y)
            let value = Double(holding.profitLoss.won)
            let barX = min(scale(value), zeroX)
            let color = composer.template.color(forSign: holding.profitLoss.won)
            composer.draw(
                .rect(
                    Rect(x: barX, y: y + 2, width: max(abs(scale(value) - zeroX), 0.5), height: row - 5), fill: color,
                    stroke: nil, lineWidth: 0))
            composer.text(
                KoreanFormat.compact(holding.profitLoss.won),
                style: composer.style(width: valueWidth, alignment: .right),
                color: color, x: frame.maxX - valueWidth, y: y)
        }
        let bottom = plot.y + Double(holdings.count) * row
        composer.draw(
            .polyline([Point(zeroX, plot.y - 2), Point(zeroX, bottom)], color: colors.muted, lineWidth: 0.6, dash: []))
        composer.text(
            "단위: 원 (만·억 약식)", style: composer.style(scale: 0.85), color: colors.muted, x: plot.x, y: bottom + 2)
    }
}
