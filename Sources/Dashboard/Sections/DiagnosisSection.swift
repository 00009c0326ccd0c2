import Foundation
import PortfolioModel

/// AI 포트폴리오 진단: what the diagnosis stored, with its source and time, or why there is none.
struct DiagnosisSection {
    let data: DashboardData

    /// Per-holding comments shown at most (the diagnosis lists the largest holdings first).
    static let maxComments = 30

    func layout(in composer: inout PageComposer) {
        let template = composer.template
        let bodyStyle = composer.style(width: composer.width, wraps: true)
        switch data.diagnosis {
        case .none(let reason):
            composer.heading("AI 포트폴리오 진단", keepWith: 40)
            let text = "진단이 아직 없습니다: \(reason)"
            let height = composer.height(of: text, style: composer.style(width: composer.width - 16, wraps: true))
            composer.draw(
                .rect(
                    Rect(x: composer.left, y: composer.cursor, width: composer.width, height: height + 12),
                    fill: template.colors.headerFill, stroke: nil, lineWidth: 0))
            composer.text(
                text, style: composer.style(width: composer.width - 16, wraps: true), color: template.colors.muted,
                x: composer.left + 8, y: composer.cursor + 6)
            composer.advance(height + 24)
        case .available(let diagnosis):
            var source = "출처: \(diagnosis.sourceLabel) · 생성 \(KoreanFormat.timestamp(diagnosis.createdAt))"
            if let reason = diagnosis.fallbackReason { source += " · 모델 응답 대신 오프라인 진단 사용: \(reason)" }
            let sourceStyle = composer.style(scale: 0.95, width: composer.width, wraps: true)
            composer.heading("AI 포트폴리오 진단", keepWith: composer.height(of: source, style: sourceStyle) + 30)
            paragraph(source, style: sourceStyle, color: template.colors.muted, in: &composer)
            for text in diagnosis.summary { paragraph(text, style: bodyStyle, color: nil, in: &composer) }
            if !diagnosis.risks.isEmpty {
                subheading("주요 위험", in: &composer)
                for risk in diagnosis.risks { bullet(risk, in: &composer) }
            }
            if !diagnosis.comments.isEmpty {
                subheading("종목별 코멘트", in: &composer)
                // The largest holdings come first; a long account stops there instead of filling pages.
                for comment in diagnosis.comments.prefix(Self.maxComments) { commentRow(comment, in: &composer) }
                if diagnosis.comments.count > Self.maxComments {
                    let rest = diagnosis.comments.count - Self.maxComments
                    composer.reserve(composer.lineHeight() + 12)
                    composer.note("나머지 \(rest)종목의 코멘트는 생략했습니다 (전체: kisdash diagnose --print).")
                }
            }
        }
    }

    private func paragraph(_ text: String, style: TextStyle, color: Color?, in composer: inout PageComposer) {
        let height = composer.height(of: text, style: style)
        composer.reserve(height)
        composer.text(text, style: style, color: color, x: composer.left, y: composer.cursor)
        composer.advance(height + 6)
    }

    private func subheading(_ title: String, in composer: inout PageComposer) {
        composer.reserve(composer.lineHeight(scale: 1.15) * 3)
        composer.text(
            title, style: composer.style(scale: 1.15, bold: true), color: composer.template.colors.accent,
            x: composer.left, y: composer.cursor)
        composer.advance(composer.lineHeight(scale: 1.15) + 4)
    }

    private func bullet(_ text: String, in composer: inout PageComposer) {
        let style = composer.style(width: composer.width - 12, wraps: true)
        let height = composer.height(of: text, style: style)
        composer.reserve(height)
        composer.text(
            "•", style: composer.style(bold: true), color: composer.template.colors.stale, x: composer.left + 2,
            y: composer.cursor)
        composer.text(text, style: style, x: composer.left + 12, y: composer.cursor)
        composer.advance(height + 4)
    }

    private func commentRow(_ comment: DiagnosisContent.Comment, in composer: inout PageComposer) {
        let nameWidth = composer.width * 0.24
        let nameStyle = composer.style(bold: true, width: nameWidth - 6, overflow: .ellipsize)
        let textStyle = composer.style(width: composer.width - nameWidth, wraps: true)
        let height = max(composer.height(of: comment.text, style: textStyle), composer.lineHeight())
        composer.reserve(height + 6)
        composer.text(comment.name, style: nameStyle, x: composer.left, y: composer.cursor)
        composer.text(comment.text, style: textStyle, x: composer.left + nameWidth, y: composer.cursor)
        composer.advance(height + 3)
        composer.draw(
            .polyline(
                [Point(composer.left, composer.cursor), Point(composer.left + composer.width, composer.cursor)],
                color: composer.template.colors.grid, lineWidth: 0.4, dash: []))
        composer.advance(3)
    }
}
