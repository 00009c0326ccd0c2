import Diagnosis
import Foundation
import PortfolioModel
import Storage

/// The text of `kisdash diagnose` (the status line and `--print`), pure so it is tested without a database.
enum DiagnosisPrintText {
    /// `diagnose ok: offline (rules), new, facts 1a2b3c4d, 2 ms`.
    static func statusLine(_ outcome: DiagnosisOutcome) -> String {
        let d = outcome.diagnosis
        let ms = outcome.factSheetTime.inSeconds * 1_000
        return "diagnose ok: \(d.source)\(d.model.map { d.source.isModel ? " \($0)" : "" } ?? ""), "
            + (outcome.isReused ? "unchanged facts (no call, kept diagnosis \(d.id))" : "stored diagnosis \(d.id)")
            + ", facts \(d.factSheetHash.prefix(8)), fact sheet \(String(format: "%.1f", ms)) ms"
    }

    /// The whole diagnosis, as the dashboard shows it.
    static func render(_ d: StoredDiagnosis, account: AccountNumber, mode: TradingMode) -> String {
        var lines = [
            "AI 진단 — \(mode.koreanLabel) account \(account)"
                + (d.dataAsOf.map { ", data as of \(KST.format($0)) KST" } ?? ""),
            "출처: " + sourceLine(d),
            "",
            "요약",
        ]
        lines += d.summary.map { "  " + $0 }
        lines += ["", "주요 위험"] + d.risks.map { "  - " + $0 }
        lines += ["", "종목별 의견"] + d.comments.map { "  \($0.code) \($0.name): \($0.text)" }
        return lines.joined(separator: "\n")
    }

    /// `AI 진단 (Gemini) · gemini-2.0-flash · 812 ms · 토큰 1200/310 · 근거 없는 문장 1개 삭제`, or the offline
    /// label with the reason a model reply was not used.
    static func sourceLine(_ d: StoredDiagnosis) -> String {
        var parts = [d.source.koreanLabel]
        if d.source.isModel, let model = d.model { parts.append(model) }
        if let ms = d.latencyMilliseconds { parts.append("\(ms) ms") }
        if let p = d.promptTokens, let c = d.completionTokens { parts.append("토큰 \(p)/\(c)") }
        if d.droppedSentences > 0 { parts.append("근거 없는 문장 \(d.droppedSentences)개 삭제") }
        if let reason = d.fallbackReason { parts.append("\(d.provider) 응답 대신 사용: \(reason)") }
        parts.append(String(d.createdAt.timeIntervalSince1970 > 0 ? "작성 \(KST.format(d.createdAt)) KST" : ""))
        return parts.filter { !$0.isEmpty }.joined(separator: " · ")
    }
}
