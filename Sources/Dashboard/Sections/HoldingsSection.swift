import Foundation
import PortfolioModel

/// 보유 종목: one row per holding with a totals row; continues across pages with the header repeated.
struct HoldingsSection {
    let data: DashboardData

    func layout(in composer: inout PageComposer) {
        let template = composer.template
        let holdings = data.holdings.sorted {
            ($0.evaluationAmount.won, $1.code) > ($1.evaluationAmount.won, $0.code)
        }
        let stockTotal = holdings.reduce(0) { $0 + $1.evaluationAmount.won }
        guard !holdings.isEmpty else {
            composer.heading("보유 종목 (0)", keepWith: composer.lineHeight() + 12)
            composer.note("보유 종목이 없습니다.")
            return
        }
        let columns: [TableBlock.Column] = [
            .init("종목", weight: 1.6, .left, overflow: .ellipsize), .init("코드", weight: 0.85, .left),
            .init("수량", weight: 0.75),
            .init("평균단가", weight: 1.1),
            .init("현재가", weight: 1.0), .init("평가금액", weight: 1.35), .init("평가손익", weight: 1.3),
            .init("수익률", weight: 0.85), .init("등락률", weight: 0.8), .init("비중(주식)", weight: 0.85),
        ]
        let rows = holdings.map { h -> [TableBlock.Cell] in
            let pl = template.color(forSign: h.profitLoss.won)
            let day = template.color(forSign: h.dayChangeRate.hundredths)
            return [
                .init(h.name), .init(h.code.rawValue, color: template.colors.muted),
                .init(KoreanFormat.shares(h.quantity)),
                .init(KoreanFormat.price(h.averagePrice.roundedWon)), .init(KoreanFormat.price(h.currentPrice)),
                .init(KoreanFormat.price(h.evaluationAmount)), .init(KoreanFormat.price(h.profitLoss), color: pl),
                .init(KoreanFormat.percent(h.profitLossRate), color: pl),
                .init(KoreanFormat.percent(h.dayChangeRate), color: day),
                .init((Percent.ratio(h.evaluationAmount.won, stockTotal)).map(KoreanFormat.share) ?? "—"),
            ]
        }
        let purchase = holdings.reduce(0) { $0 + $1.purchaseAmount.won }
        let profit = holdings.reduce(0) { $0 + $1.profitLoss.won }
        let color = template.color(forSign: profit)
        let totals: [TableBlock.Cell] = [
            .init("합계"), .init(""), .init(""), .init("매입 \(KoreanFormat.compact(purchase))"), .init(""),
            .init(KoreanFormat.price(KRW(stockTotal))), .init(KoreanFormat.price(KRW(profit)), color: color),
            .init(Percent.ratio(profit, purchase).map(KoreanFormat.percent) ?? "—", color: color), .init(""),
            .init("100.00%"),
        ]
        let table = TableBlock(columns: columns, rows: rows, totals: totals)
        composer.heading("보유 종목 (\(holdings.count))", keepWith: table.keepHeight(composer))
        table.layout(in: &composer)
        composer.advance(12)
    }
}
