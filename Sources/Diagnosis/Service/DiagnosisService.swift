package import Foundation
package import Logging
package import PortfolioModel
package import Storage

/// Makes and stores the account's diagnosis: the thin I/O shell around the pure parts.
///
/// Load (``DiagnosisInputSource``) → fact sheet → plan (cache and interval) → offline text or model call →
/// grounding check → store (``DiagnosisWriter``). A model that fails in any way yields the offline diagnosis
/// with the reason recorded; only a missing snapshot or a database failure is an error.
package struct DiagnosisService: Sendable {
    /// What the service works with.
    package struct Dependencies: Sendable {
        package var source: any DiagnosisInputSource
        package var store: DiagnosisStore
        package var writer: DiagnosisWriter
        /// The model client, when the settings name a model provider that can be asked.
        package var client: ModelClient?
        package var template: PromptTemplate?
        /// Why the model cannot be asked (missing key or template), recorded as the fallback reason.
        package var problem: String?
        package var now: @Sendable () -> Date

        /// Creates dependencies.
        package init(
            source: any DiagnosisInputSource, store: DiagnosisStore, writer: DiagnosisWriter, client: ModelClient?,
            template: PromptTemplate?, problem: String?, now: @escaping @Sendable () -> Date
        ) {
            self.source = source
            self.store = store
            self.writer = writer
            self.client = client
            self.template = template
            self.problem = problem
            self.now = now
        }
    }

    let settings: DiagnosisSettings
    let deps: Dependencies
    let logger: Logger

    /// Creates a service.
    package init(settings: DiagnosisSettings, dependencies: Dependencies, logger: Logger) {
        self.settings = settings
        self.deps = dependencies
        self.logger = logger
    }

    /// Diagnoses the account.
    /// - Throws: ``DiagnosisError`` `.noSnapshot` or `.storage`; `CancellationError`.
    package func run(account: AccountNumber, mode: TradingMode) async throws -> DiagnosisOutcome {
        let now = deps.now()
        let clock = ContinuousClock()
        guard
            let input = try await storage({
                try await deps.source.factSheetInput(account: account, mode: mode, now: now)
            })
        else {
            throw DiagnosisError(
                code: .noSnapshot,
                message: "no snapshot of \(mode.koreanLabel) account \(account) yet; run `kisdash sync` first")
        }
        let start = clock.now
        let facts = FactSheet.compute(input, rules: settings.rules)
        let hash = facts.materialHash
        let factTime = start.duration(to: clock.now)
        let latest = try await storage { try await deps.store.latest(account: account, mode: mode) }
        let lastCall = try await storage { try await deps.store.lastModelCall(account: account, mode: mode) }
        let plan = DiagnosisPlan.decide(
            settings: settings, hash: hash, latest: latest, lastModelCall: lastCall, now: now,
            problem: deps.problem ?? (deps.client == nil || deps.template == nil ? "no model client" : nil))
        var record: StoredDiagnosis
        switch plan {
        case .reuse(let kept):
            return DiagnosisOutcome(diagnosis: kept, facts: facts, isReused: true, factSheetTime: factTime)
        case .offline(let reason):
            record = offline(facts, hash: hash, input: input, now: now, reason: reason)
        case .callModel:
            record = try await askModel(facts, hash: hash, input: input, now: now)
        }
        let row = record
        record.id = try await storage { try await deps.writer.insert(row, account: account, mode: mode) }
        return DiagnosisOutcome(diagnosis: record, facts: facts, isReused: false, factSheetTime: factTime)
    }

    func offline(
        _ facts: FactSheet, hash: String, input: FactSheetInput, now: Date, reason: String?
    ) -> StoredDiagnosis {
        if let reason { logger.warning("diagnosis: using the offline text", metadata: ["reason": "\(reason)"]) }
        let text = DiagnosisNotes.adding(to: OfflineDiagnosis.text(for: facts), facts)
        return StoredDiagnosis(
            createdAt: now, dataAsOf: input.snapshot.confirmedAt, source: .offline, provider: settings.provider,
            model: settings.modelForStorage, baseURLHost: settings.provider.isModel ? settings.baseURL?.host : nil,
            fallbackReason: reason, factSheetHash: hash, factSheetJSON: facts.canonicalJSON, summary: text.summary,
            risks: text.risks, comments: text.comments)
    }

    /// Runs a database step, turning its failure into ``DiagnosisError`` `.storage`.
    private func storage<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as CancellationError {
            throw error
        } catch {
            throw DiagnosisError(code: .storage, message: "\(error)", underlying: error)
        }
    }
}
