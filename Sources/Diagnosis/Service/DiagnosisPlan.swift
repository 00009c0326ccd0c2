package import Foundation
package import PortfolioModel

/// What a diagnosis run does: the pure cost-control decision (cache by fact-sheet hash, minimum interval).
package enum DiagnosisPlan: Sendable, Hashable {
    /// Nothing material changed since `latest`: no call, no new row.
    case reuse(StoredDiagnosis)
    /// Write the offline diagnosis; `fallbackReason` says why a configured model was not asked.
    case offline(fallbackReason: String?)
    /// Ask the model.
    case callModel

    /// Decides for facts hashing to `hash`.
    /// - Parameters:
    ///   - settings: Provider, model and minimum interval.
    ///   - hash: The fact sheet's ``FactSheet/materialHash``.
    ///   - latest: The account's latest stored diagnosis.
    ///   - lastModelCall: When a model was last called for the account.
    ///   - now: The current time.
    ///   - problem: Why a model cannot be asked at all (missing key or template), if so.
    /// - Returns: The plan.
    package static func decide(
        settings: DiagnosisSettings, hash: String, latest: StoredDiagnosis?, lastModelCall: Date?, now: Date,
        problem: String?
    ) -> DiagnosisPlan {
        let sameFacts =
            latest.map {
                $0.factSheetHash == hash && $0.provider == settings.provider && $0.model == settings.modelForStorage
            } ?? false
        let reuse = latest.flatMap { sameFacts ? DiagnosisPlan.reuse($0) : nil }
        guard settings.provider.isModel else { return reuse ?? .offline(fallbackReason: nil) }
        if let reuse, let latest, latest.modelCalled || latest.fallbackReason == nil { return reuse }
        if let problem { return reuse ?? .offline(fallbackReason: "configuration: \(problem)") }
        if let last = lastModelCall {
            let elapsed = now.timeIntervalSince(last)
            let minimum = Double(settings.minimumInterval.components.seconds)
            if elapsed < minimum {
                return reuse
                    ?? .offline(
                        fallbackReason: "interval: the last model call was \(Int(elapsed / 60)) min ago; "
                            + "at most one call per \(Int(minimum / 60)) min")
            }
        }
        return .callModel
    }
}
