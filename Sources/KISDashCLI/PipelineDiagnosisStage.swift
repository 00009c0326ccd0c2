import Diagnosis
import Foundation
import Pipeline
import PortfolioModel
import Settings

/// The AI diagnosis (issue 5) as the pipeline's diagnosis stage: the same service `kisdash diagnose` runs.
struct PipelineDiagnosisStage: DiagnosisStage {
    var service: DiagnosisService
    var account: AccountNumber
    var mode: TradingMode

    /// The diagnosis settings from the `[diagnosis]` section, under the `KISDASH_AI_*` environment (which wins).
    /// - Returns: `nil` when `[diagnosis] provider` is not set (the stage is off).
    /// - Throws: ``CLIError/configuration(_:)`` naming the bad setting.
    static func settings(_ section: DiagnosisSection, environment: [String: String]) throws -> DiagnosisSettings? {
        guard let provider = section.provider else { return nil }
        typealias Key = DiagnosisSettings.Key
        let fromFile: [(String, String?)] = [
            (Key.provider, provider), (Key.model, section.model), (Key.baseURL, section.baseURL),
            (Key.timeoutSeconds, String(section.timeoutSeconds)),
            (Key.minIntervalMinutes, String(section.minIntervalMinutes)),
            (Key.lossThreshold, String(section.lossThresholdPercent)), (Key.apiKeyVariable, section.apiKeyEnv),
        ]
        var merged = environment
        for case (let key, let value?) in fromFile where merged[key, default: ""].isEmpty { merged[key] = value }
        do {
            let settings = try DiagnosisSettings.fromEnvironment(merged)
            try settings.validate()
            return settings
        } catch let error as DiagnosisError {
            throw CLIError.configuration("[diagnosis] \(error.message)")
        }
    }

    func diagnose(at now: Date) async throws -> String {
        DiagnosisPrintText.statusLine(try await service.run(account: account, mode: mode))
    }
}
