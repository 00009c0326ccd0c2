import Foundation
import PortfolioModel

/// 금일 체결: every execution of the day with its costs, and a totals line.
struct ExecutionsSection {
    let data: DashboardData

    func layout(in composer: inout PageComposer) {
        let template = composer.template
        let executions = data.executions.sorted {
            ($0.order.orderTime, $0.order.orderNumber) < ($1.order.orderTime, $1.order.orderNumber)
        }
        guard !executions.isEmpty else {
            composer.heading("금일 체결 (0건)", keepWith: composer.lineHeight() + 12)
            composer.note("오늘 체결된 주문이 없습니다.")
            return
        }
        let columns: [TableBlock.Column] = [
            .init("시각", weight: 0.8, .left), .init("종목", weight: 1.5, .left, overflow: .ellipsize),
            .init("코드", weight: 0.75, .left), .init("구분", weight: 0.55, .center),
            .init("수량", weight: 0.9), .init("체결가", weight: 1.0), .init("체결금액", weight: 1.4),
            .init("수수료", weight: 0.9), .init("세금", weight: 0.9), .init("시장", weight: 0.6, .center),
        ]
        let rows = executions.map { e -> [TableBlock.Cell] in
            let color = e.order.side == .buy ? template.colors.up : template.colors.down
            return [
                .init(e.order.orderTime.colonSeparated), .init(e.order.name),
                .init(e.order.code.rawValue, color: template.colors.muted),
                .init(e.order.side.koreanLabel, color: color), .init(KoreanFormat.shares(e.order.filledQuantity)),
                .init(KoreanFormat.price(e.order.averageFillPrice)), .init(KoreanFormat.price(e.order.filledAmount)),
                .init(KoreanFormat.price(e.commission)), .init(KoreanFormat.price(e.tax)),
                .init(e.order.venue.rawValue),
            ]
        }
        let buys = executions.filter { $0.order.side == .buy }
        let sells = executions.filter { $0.order.side == .sell }
        let commission = executions.reduce(KRW.zero) { $0 + $1.commission }
        let tax = executions.reduce(KRW.zero) { $0 + $1.tax }
        let totals: [TableBlock.Cell] = [
            .init("합계"), .init("매수 \(buys.count)건 · 매도 \(sells.count)건"), .init(""), .init(""), .init(""), .init(""),
            .init(KoreanFormat.price(executions.reduce(KRW.zero) { $0 + $1.order.filledAmount })),
            .init(KoreanFormat.price(commission)), .init(KoreanFormat.price(tax)), .init(""),
        ]
        let buyAmount = buys.reduce(KRW.zero) { $0 + $1.order.filledAmount }
        let sellAmount = sells.reduce(KRW.zero) { $0 + $1.order.filledAmount }
        let footnote =
            "매수 \(KoreanFormat.won(buyAmount)) · 매도 \(KoreanFormat.won(sellAmount)) · "
            + Self.feeNote(estimate: commission + tax, kis: data.summary.todayFees)
        let footnoteStyle = composer.style(scale: 0.9, width: composer.width, wraps: true)
        let footnoteHeight = composer.height(of: footnote, style: footnoteStyle) + 4
        let table = TableBlock(columns: columns, rows: rows, totals: totals, keepWithEnd: footnoteHeight)
        composer.heading("금일 체결 (\(executions.count)건)", keepWith: table.keepHeight(composer))
        table.layout(in: &composer)
        // Kept with the totals row by the table (keepWithEnd): never alone at the top of a page.
        composer.text(
            footnote, style: footnoteStyle, color: template.colors.muted, x: composer.left, y: composer.cursor + 3)
        composer.advance(footnoteHeight + 10)
    }
}

extension ExecutionsSection {
    /// Says whether the fees estimated from the rates agree with KIS's own total for the day, and why not.
    static func feeNote(estimate: KRW, kis: KRW) -> String {
        if estimate == kis { return "수수료·세금(요율 추정) 합계가 KIS 집계 제비용과 같습니다." }
        return "수수료·세금은 요율로 계산한 추정치로, KIS 집계 제비용 \(KoreanFormat.won(kis))과 "
            + "\(KoreanFormat.won(KRW(abs((estimate - kis).won)))) 다릅니다 (KIS의 실제 정산과 요율 추정의 차이)."
    }
}

/// 미체결 주문: orders still open.
struct UnfilledSection {
    let data: DashboardData

    func layout(in composer: inout PageComposer) {
        let template = composer.template
        let orders = data.unfilled.sorted { ($0.orderTime, $0.orderNumber) < ($1.orderTime, $1.orderNumber) }
        guard !orders.isEmpty else {
            composer.heading("미체결 주문 (0건)", keepWith: composer.lineHeight() + 12)
            composer.note("미체결 주문이 없습니다.")
            return
        }
        let columns: [TableBlock.Column] = [
            .init("주문시각", weight: 0.8, .left), .init("종목", weight: 1.5, .left, overflow: .ellipsize),
            .init("코드", weight: 0.75, .left), .init("구분", weight: 0.55, .center),
            .init("주문유형", weight: 0.9, .center), .init("주문가", weight: 1.0), .init("주문수량", weight: 0.9),
            .init("체결", weight: 0.8), .init("미체결", weight: 0.9), .init("시장", weight: 0.6, .center),
        ]
        let rows = orders.map { o -> [TableBlock.Cell] in
            [
                .init(o.orderTime.colonSeparated), .init(o.name), .init(o.code.rawValue, color: template.colors.muted),
                .init(o.side.koreanLabel, color: o.side == .buy ? template.colors.up : template.colors.down),
                .init(Self.orderTypeLabel(o.orderType)), .init(KoreanFormat.price(o.orderPrice)),
                .init(KoreanFormat.shares(o.orderQuantity)),
                .init(KoreanFormat.shares(o.filledQuantity)), .init(KoreanFormat.shares(o.cancellableQuantity)),
                .init(o.venue.rawValue),
            ]
        }
        let table = TableBlock(columns: columns, rows: rows)
        composer.heading("미체결 주문 (\(orders.count)건)", keepWith: table.keepHeight(composer))
        table.layout(in: &composer)
        composer.advance(12)
    }

    /// KIS's `ord_dvsn` code in Korean (the code itself when unknown).
    static func orderTypeLabel(_ code: String) -> String {
        let labels = [
            "00": "지정가", "01": "시장가", "02": "조건부지정가", "03": "최유리지정가", "04": "최우선지정가",
            "05": "장전 시간외", "06": "장후 시간외", "07": "시간외 단일가",
        ]
        return labels[code] ?? code
    }
}
