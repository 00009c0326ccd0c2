package import Foundation
package import PortfolioModel

/// How diagnoses are made: which provider, which model where, and the limits that keep calls cheap.
///
/// A plain value: the command line fills it from flags and the environment (``fromEnvironment(_:)``), and a
/// config file can fill it the same way. The API key is not part of it: only the *name* of the environment
/// variable that holds the key is.
package struct DiagnosisSettings: Sendable, Hashable {
    /// `.offline` (the default; no network), `.gemini` or `.openai`.
    package var provider: DiagnosisSource
    /// The model name (`gemini-2.0-flash`), required for a model provider.
    package var model: String?
    /// The provider's base URL (`https://generativelanguage.googleapis.com`), required for a model provider.
    package var baseURL: URL?
    /// The time limit of one model call.
    package var timeout: Duration
    /// At most one model call per this interval.
    package var minimumInterval: Duration
    /// The stop-loss watch level (the seed's −5 %).
    package var lossThreshold: Percent
    /// The environment variable holding the API key; `nil` means `GEMINI_API_KEY` or `OPENAI_API_KEY`.
    package var apiKeyVariable: String?
    /// The prompt template file; `nil` means `templates/diagnosis_prompt.md` (see ``templateCandidates``).
    package var promptTemplate: URL?
    /// A snapshot older than this many minutes is flagged stale.
    package var staleAfterMinutes: Int

    /// Creates settings; everything has a default except what a model provider needs.
    package init(
        provider: DiagnosisSource = .offline, model: String? = nil, baseURL: URL? = nil,
        timeout: Duration = .seconds(30), minimumInterval: Duration = .seconds(3_600),
        lossThreshold: Percent = Percent(hundredths: -500), apiKeyVariable: String? = nil,
        promptTemplate: URL? = nil, staleAfterMinutes: Int = 30
    ) {
        self.provider = provider
        self.model = model
        self.baseURL = baseURL
        self.timeout = timeout
        self.minimumInterval = minimumInterval
        self.lossThreshold = lossThreshold
        self.apiKeyVariable = apiKeyVariable
        self.promptTemplate = promptTemplate
        self.staleAfterMinutes = staleAfterMinutes
    }

    /// The fact-sheet rules these settings imply.
    package var rules: FactRules { FactRules(lossThreshold: lossThreshold, staleAfterMinutes: staleAfterMinutes) }

    /// The environment variable the API key is read from, or `nil` for the offline provider.
    package var resolvedAPIKeyVariable: String? {
        switch provider {
        case .offline: nil
        case .gemini: apiKeyVariable ?? "GEMINI_API_KEY"
        case .openai: apiKeyVariable ?? "OPENAI_API_KEY"
        }
    }

    /// The model name to store: `nil` for the offline provider.
    package var modelForStorage: String? { provider.isModel ? model : nil }

    /// Where the template is looked for when ``promptTemplate`` is unset: `./templates/`, then `templates/` in
    /// the folders above the executable (the repository, for `.build/<triple>/debug/kisdash`).
    package static func templateCandidates(currentDirectory: URL, executable: URL) -> [URL] {
        var folders = [currentDirectory]
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<4 {
            folder = folder.deletingLastPathComponent()
            folders.append(folder)
        }
        return folders.map { $0.appendingPathComponent("templates").appendingPathComponent(PromptTemplate.fileName) }
    }
}
