import Foundation
import PortfolioModel

/// 계좌 요약: three headline figures, then a grid of the account's amounts.
struct SummarySection {
    let data: DashboardData

    func layout(in composer: inout PageComposer) {
        let summary = data.summary
        let template = composer.template
        let cards: [(String, String, String?, Int64)] = [
            ("총평가금액", KoreanFormat.won(summary.totalEvaluation), nil, 0),
            (
                "평가손익", KoreanFormat.signedWon(summary.totalProfitLoss),
                Percent.ratio(summary.totalProfitLoss.won, summary.totalPurchase.won).map(KoreanFormat.percent),
                summary.totalProfitLoss.won
            ),
            (
                "총자산 전일 대비", KoreanFormat.signedWon(summary.assetChange),
                Percent.ratio(summary.assetChange.won, summary.previousTotalAssets.won).map(KoreanFormat.percent),
                summary.assetChange.won
            ),
        ]
        let cardHeight = composer.lineHeight(scale: 1.1) + composer.lineHeight(scale: 1.9) + 12
        let gridRows = 4
        let gridHeight = Double(gridRows) * (composer.lineHeight() + 6)
        composer.heading("계좌 요약", keepWith: cardHeight + gridHeight + 10)
        let gap = 8.0
        let cardWidth = (composer.width - 2 * gap) / 3
        for (index, card) in cards.enumerated() {
            let x = composer.left + Double(index) * (cardWidth + gap)
            let y = composer.cursor
            composer.draw(
                .rect(
                    Rect(x: x, y: y, width: cardWidth, height: cardHeight), fill: template.colors.headerFill,
                    stroke: nil, lineWidth: 0))
            composer.text(card.0, style: composer.style(), color: template.colors.muted, x: x + 8, y: y + 5)
            let valueColor = index == 0 ? template.colors.text : template.color(forSign: card.3)
            let valueStyle = composer.style(scale: 1.9, bold: true, width: cardWidth - 16)
            composer.text(
                card.1, style: valueStyle, color: valueColor, x: x + 8, y: y + 5 + composer.lineHeight(scale: 1.1))
            if let rate = card.2 {
                let rateStyle = composer.style(scale: 1.1, bold: true, width: cardWidth - 16, alignment: .right)
                composer.text(rate, style: rateStyle, color: valueColor, x: x + 8, y: y + 5)
            }
        }
        composer.advance(cardHeight + 8)
        layoutGrid(in: &composer)
    }

    private func layoutGrid(in composer: inout PageComposer) {
        let summary = data.summary
        let commission = data.executions.reduce(KRW.zero) { $0 + $1.commission }
        let tax = data.executions.reduce(KRW.zero) { $0 + $1.tax }
        // The diagnosis's definition (cash over the total evaluation), so "현금 비중" is one figure everywhere.
        let cashShare = Percent.ratio(summary.availableCash.won, summary.totalEvaluation.won)
        let items: [(String, String)] = [
            ("예수금", KoreanFormat.won(summary.deposit)),
            ("주문가능금액 (D+2)", KoreanFormat.won(summary.availableCash)),
            ("주식 평가금액", KoreanFormat.won(summary.stockEvaluation)),
            ("매입금액", KoreanFormat.won(summary.totalPurchase)),
            ("당일 매수금액", KoreanFormat.won(summary.todayBuyAmount)),
            ("당일 매도금액", KoreanFormat.won(summary.todaySellAmount)),
            ("수수료 / 세금 (추정)", "\(KoreanFormat.won(commission)) / \(KoreanFormat.won(tax))"),
            ("당일 제비용 (KIS)", KoreanFormat.won(summary.todayFees)),
            ("보유 종목", "\(data.holdings.count)종목"),
            ("현금 비중 (총평가)", cashShare.map(KoreanFormat.share) ?? "—"),
            ("체결 / 미체결", "\(data.executions.count)건 / \(data.unfilled.count)건"),
            ("순자산", KoreanFormat.won(summary.netAssets)),
        ]
        let columns = 3
        let rowHeight = composer.lineHeight() + 6
        let cellWidth = composer.width / Double(columns)
        for (index, item) in items.enumerated() {
            let x = composer.left + Double(index % columns) * cellWidth
            let y = composer.cursor + Double(index / columns) * rowHeight
            // The label takes what it needs (up to half the cell); the value gets the rest and shrinks if it must.
            let labelStyle = composer.style(width: cellWidth * 0.5 - 8)
            let labelWidth = min(composer.naturalWidth(of: item.0, style: labelStyle), cellWidth * 0.5 - 8)
            composer.text(item.0, style: labelStyle, color: composer.template.colors.muted, x: x + 4, y: y + 3)
            let valueX = x + 4 + labelWidth + 6
            let valueStyle = composer.style(bold: true, width: x + cellWidth - 4 - valueX, alignment: .right)
            composer.text(item.1, style: valueStyle, x: valueX, y: y + 3)
            composer.draw(
                .polyline(
                    [Point(x + 4, y + rowHeight), Point(x + cellWidth - 4, y + rowHeight)],
                    color: composer.template.colors.grid, lineWidth: 0.5, dash: []))
        }
        composer.advance(Double((items.count + columns - 1) / columns) * rowHeight + 12)
    }
}
