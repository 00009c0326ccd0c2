import Dashboard
import Foundation
import LibPQ
import PortfolioModel
import Reporting
import Storage

extension AppEnvironment {
    /// The dashboard's data from the database with the stored diagnosis: what `render` and `run` both draw.
    ///
    /// Both stores read through one read-only session (one connection; `readOnly()` of a read-only handle is
    /// itself), not one each.
    static func dashboardData(
        database: Database, account: AccountNumber, mode: TradingMode, now: Date, market: MarketStatus
    ) async throws -> DashboardData {
        let reader = database.readOnly()
        return try await DashboardDataLoader(account: account, mode: mode).fromDatabase(
            DashboardStore(database: reader), now: now, market: market,
            diagnosis: try await diagnosisContent(database: reader, account: account, mode: mode))
    }

    /// The AI diagnosis section's content for the account: the latest stored diagnosis, or why there is none.
    static func diagnosisContent(database: Database, account: AccountNumber, mode: TradingMode) async throws
        -> DiagnosisContent
    {
        guard let stored = try await DiagnosisStore(database: database).latest(account: account, mode: mode) else {
            return .none(reason: "저장된 진단이 없습니다. `kisdash diagnose`(또는 진단을 켠 `kisdash run`)가 만들면 여기에 표시됩니다.")
        }
        var label = [stored.source.koreanLabel]
        if stored.source.isModel, let model = stored.model { label.append(model) }
        if let ms = stored.latencyMilliseconds { label.append("\(ms) ms") }
        if stored.droppedSentences > 0 { label.append("근거 없는 문장 \(stored.droppedSentences)개 삭제") }
        return .available(
            .init(
                sourceLabel: label.joined(separator: " · "), createdAt: stored.createdAt,
                fallbackReason: stored.fallbackReason.map { "\(stored.provider): \($0)" }, summary: stored.summary,
                risks: stored.risks,
                comments: stored.comments))
    }
}
