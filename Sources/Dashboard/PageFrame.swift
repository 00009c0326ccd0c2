import Foundation
import PortfolioModel

/// The header and footer every page carries: title, masked account, mode, data time and age, page x/y, and a
/// banner: the failed-sync one when the newest sync failed, else STALE when the data is too old.
struct PageFrame {
    let data: DashboardData
    let template: DashboardTemplate
    let measurer: any TextMeasuring

    func stamp(_ page: LaidOutPage, number: Int, of count: Int) -> LaidOutPage {
        var composer = PageComposer(template: template, measurer: measurer)
        let colors = template.colors
        let left = composer.left
        let right = composer.left + composer.width
        var y = template.margin
        composer.text(
            "KIS 포트폴리오 대시보드", style: composer.style(scale: 2, bold: true), color: colors.accent, x: left, y: y)
        let badge = "\(data.mode.koreanLabel)투자"
        let badgeStyle = composer.style(scale: 1.1, bold: true)
        let badgeWidth = composer.width(of: badge, style: badgeStyle) + 12
        let badgeColor = data.mode == .real ? colors.up : colors.accent
        composer.draw(
            .rect(
                Rect(x: right - badgeWidth, y: y + 2, width: badgeWidth, height: composer.lineHeight(scale: 1.1) + 4),
                fill: badgeColor, stroke: nil, lineWidth: 0))
        composer.text(badge, style: badgeStyle, color: .white, x: right - badgeWidth + 6, y: y + 4)
        y += composer.lineHeight(scale: 2) + 2
        let age = KoreanFormat.age(of: data.dataAsOf, at: data.now)
        let line =
            "계좌 \(data.account.masked) · \(data.mode.koreanLabel) · 기준 \(KoreanFormat.timestamp(data.dataAsOf))"
            + " (\(age)) · \(data.market.label)"
        composer.text(line, style: composer.style(scale: 1.05), color: colors.muted, x: left, y: y)
        composer.text(
            "\(number) / \(count)", style: composer.style(scale: 1.05, width: 80, alignment: .right),
            color: colors.muted, x: right - 80, y: y)
        y += composer.lineHeight(scale: 1.05) + 3
        if let failure = data.syncFailure {
            let style = composer.style(scale: 1.05, bold: true)
            let room = composer.width - 12
            let text = failure.bannerText { composer.width(of: $0, style: style) <= room }
            composer.draw(
                .rect(
                    Rect(x: left, y: y, width: composer.width, height: 15), fill: colors.failure, stroke: nil,
                    lineWidth: 0))
            composer.text(text, style: style, color: .white, x: left + 6, y: y + 1.5)
        } else if DashboardLayout.isStale(data, template: template) {
            let minutes = Int(data.now.timeIntervalSince(data.dataAsOf) / 60)
            composer.draw(
                .rect(
                    Rect(x: left, y: y, width: composer.width, height: 15), fill: colors.stale, stroke: nil,
                    lineWidth: 0))
            composer.text(
                "STALE · 데이터가 \(minutes)분 지났습니다 (기준 \(KoreanFormat.hourMinute(data.dataAsOf)) KST). 동기화 상태를 확인하세요.",
                style: composer.style(scale: 1.05, bold: true), color: .white, x: left + 6, y: y + 1.5)
        } else {
            composer.draw(
                .polyline([Point(left, y + 4), Point(right, y + 4)], color: colors.grid, lineWidth: 0.8, dash: []))
        }
        let footerY = template.pageSize.height - template.margin - composer.lineHeight(scale: 0.9)
        let footer = "Kis_Dashboard.pdf · 생성 \(KoreanFormat.timestamp(data.now))"
        composer.text(footer, style: composer.style(scale: 0.9), color: colors.muted, x: left, y: footerY)
        composer.text(
            "\(number) / \(count)", style: composer.style(scale: 0.9, width: 80, alignment: .right),
            color: colors.muted,
            x: right - 80, y: footerY)
        var stamped = page
        stamped.commands = composer.pages[0].commands + page.commands
        return stamped
    }
}
