import Dashboard
import LibPQ
import PortfolioModel

extension AppEnvironment {
    /// The AI diagnosis section's content for the account: the latest stored diagnosis, or why there is none.
    static func diagnosisContent(database: Database, account: AccountNumber, mode: TradingMode) async throws
        -> DiagnosisContent
    {
        .none(reason: "AI 진단 기능(kisdash diagnose)이 아직 이 설치에 없습니다. 진단 없이 수치만 표시합니다.")
    }
}
