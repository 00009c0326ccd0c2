import Foundation
package import PortfolioModel

extension DiagnosisSettings {
    /// The environment variables ``fromEnvironment(_:)`` reads.
    package enum Key {
        /// `offline`, `gemini` or `openai`.
        package static let provider = "KISDASH_AI_PROVIDER"
        /// The model name.
        package static let model = "KISDASH_AI_MODEL"
        /// The provider's base URL.
        package static let baseURL = "KISDASH_AI_BASE_URL"
        /// Seconds per model call (default 30).
        package static let timeoutSeconds = "KISDASH_AI_TIMEOUT_SECONDS"
        /// Minutes between model calls (default 60).
        package static let minIntervalMinutes = "KISDASH_AI_MIN_INTERVAL_MINUTES"
        /// The stop-loss watch level in percent, such as `-5` (the default).
        package static let lossThreshold = "KISDASH_AI_LOSS_THRESHOLD"
        /// The name of the variable that holds the API key (default `GEMINI_API_KEY` / `OPENAI_API_KEY`).
        package static let apiKeyVariable = "KISDASH_AI_API_KEY_ENV"
        /// The prompt template file.
        package static let promptTemplate = "KISDASH_AI_PROMPT_TEMPLATE"
    }

    /// Settings from `KISDASH_AI_*` variables; unset ones keep their defaults.
    /// - Throws: ``DiagnosisError`` `.configuration` naming the variable (never its value, which may be a URL).
    package static func fromEnvironment(_ env: [String: String]) throws -> DiagnosisSettings {
        func value(_ key: String) -> String? {
            env[key].map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        }
        var settings = DiagnosisSettings()
        if let text = value(Key.provider) { settings.provider = try provider(text, setting: Key.provider) }
        settings.model = value(Key.model)
        if let text = value(Key.baseURL) { settings.baseURL = try baseURL(text, setting: Key.baseURL) }
        if let text = value(Key.timeoutSeconds) {
            settings.timeout = .seconds(try positive(text, setting: Key.timeoutSeconds))
        }
        if let text = value(Key.minIntervalMinutes) {
            settings.minimumInterval = .seconds(
                60 * (try positive(text, setting: Key.minIntervalMinutes, allowZero: true)))
        }
        if let text = value(Key.lossThreshold) {
            settings.lossThreshold = try lossThreshold(text, setting: Key.lossThreshold)
        }
        settings.apiKeyVariable = value(Key.apiKeyVariable)
        settings.promptTemplate = value(Key.promptTemplate).map { URL(fileURLWithPath: $0) }
        return settings
    }

    /// Parses a provider name.
    /// - Throws: ``DiagnosisError`` `.configuration`.
    package static func provider(_ text: String, setting: String) throws -> DiagnosisSource {
        guard let provider = DiagnosisSource(rawValue: text.lowercased()) else {
            throw DiagnosisError(code: .configuration, message: "\(setting) must be offline, gemini or openai")
        }
        return provider
    }

    /// Parses a loss threshold in percent (`-5`, `-7.5`); a positive number is taken as a loss.
    /// - Throws: ``DiagnosisError`` `.configuration`.
    package static func lossThreshold(_ text: String, setting: String) throws -> Percent {
        guard let percent = Percent(text: text.replacingOccurrences(of: "%", with: "")) else {
            throw DiagnosisError(code: .configuration, message: "\(setting) must be a percentage such as -5")
        }
        return Percent(hundredths: -abs(percent.hundredths))
    }

    /// Checks that a model provider has a model and a base URL.
    /// - Throws: ``DiagnosisError`` `.configuration` naming what is missing.
    package func validate() throws {
        guard provider.isModel else { return }
        guard model?.isEmpty == false else {
            throw DiagnosisError(code: .configuration, message: "\(Key.model) is required for the \(provider) provider")
        }
        guard baseURL != nil else {
            throw DiagnosisError(
                code: .configuration,
                message: "\(Key.baseURL) is required for the \(provider) provider (no default host is ever assumed)")
        }
    }

    private static func baseURL(_ text: String, setting: String) throws -> URL {
        guard let url = URL(string: text), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil
        else { throw DiagnosisError(code: .configuration, message: "\(setting) must be an http(s) URL") }
        return url
    }

    private static func positive(_ text: String, setting: String, allowZero: Bool = false) throws -> Int {
        guard let n = Int(text), n > 0 || (allowZero && n == 0) else {
            throw DiagnosisError(code: .configuration, message: "\(setting) must be a whole number above zero")
        }
        return n
    }
}
