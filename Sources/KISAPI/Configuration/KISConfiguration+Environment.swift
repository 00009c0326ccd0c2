import Foundation
import PortfolioModel

extension KISConfiguration {
    /// The names of the settings, used both as environment variables and as config-file keys.
    package enum Key {
        /// `real` or `paper`.
        package static let mode = "KIS_MODE"
        /// The app key.
        package static let appKey = "KIS_APP_KEY"
        /// The app secret.
        package static let appSecret = "KIS_APP_SECRET"
        /// The account, `12345678-01`.
        package static let account = "KIS_ACCOUNT"
        /// The HTS user id (optional).
        package static let htsID = "KIS_HTS_ID"
        /// The REST base URL (required).
        package static let baseURL = "KIS_BASE_URL"
        /// Seconds per HTTP exchange (default 10).
        package static let timeoutSeconds = "KIS_TIMEOUT_SECONDS"
        /// Calls per second (default 18 real, 1 paper).
        package static let rateLimit = "KIS_RATE_LIMIT"
        /// Page limit per paged inquiry (default 50).
        package static let maxPages = "KIS_MAX_PAGES"
        /// Retries after EGW00201 (default 5).
        package static let maxRetries = "KIS_MAX_RETRIES"
        /// The path of a `KEY=value` config file (mode 0600).
        package static let configFile = "KIS_CONFIG_FILE"
        /// Seconds between token requests (default 60, KIS's rule; lower it only for a simulator).
        package static let tokenIssueInterval = "KIS_TOKEN_ISSUE_INTERVAL"
        /// The state directory for the token cache (default `~/.cache/kisdash`).
        package static let stateDirectory = "KISDASH_STATE_DIR"
    }

    /// Loads the configuration from a config file (if any) overridden by environment variables.
    ///
    /// The file is `configFile`, else the one named by `KIS_CONFIG_FILE`, else none. It holds the app secret,
    /// so it must not be readable by group or others (mode 0600); otherwise loading fails naming the file and
    /// its mode. Error messages name the setting, never its value.
    /// - Parameters:
    ///   - environment: The process environment.
    ///   - configFile: An explicit config file path.
    /// - Returns: A validated configuration.
    /// - Throws: ``KISError`` with code `.configuration`.
    package static func load(
        environment: [String: String] = ProcessInfo.processInfo.environment, configFile: String? = nil
    ) throws -> KISConfiguration {
        var values: [String: String] = [:]
        if let path = configFile ?? environment[Key.configFile].flatMap({ $0.isEmpty ? nil : $0 }) {
            values = try ConfigurationFile.read(path: path)
        }
        for (key, value) in environment where key.hasPrefix("KIS_") || key == Key.stateDirectory {
            if !value.isEmpty { values[key] = value }
        }
        return try make(from: values, home: environment["HOME"])
    }

    /// The `KEY=value` pairs of a secrets file (mode 0600 checked), for the settings that may live there besides the
    /// KIS keys (`DATABASE_URL`).
    /// - Throws: ``KISError`` `.configuration` naming the file, never a value.
    package static func secretsFile(_ path: String) throws -> [String: String] {
        try ConfigurationFile.read(path: path)
    }

    /// Builds a configuration from `KEY=value` settings.
    static func make(from values: [String: String], home: String?) throws -> KISConfiguration {
        func required(_ key: String) throws -> String {
            guard let value = values[key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
                throw configurationError("\(key) is missing (set it in the environment or the config file)")
            }
            return value
        }
        let modeText = try required(Key.mode).lowercased()
        guard let mode = TradingMode(rawValue: modeText) else {
            throw configurationError("\(Key.mode) must be 'real' or 'paper', not '\(modeText)'")
        }
        guard let account = AccountNumber(try required(Key.account)) else {
            throw configurationError("\(Key.account) must be 10 digits like 12345678-01")
        }
        let baseURL = try validatedBaseURL(try required(Key.baseURL), mode: mode)
        var configuration = KISConfiguration(
            mode: mode, appKey: Secret(try required(Key.appKey)), appSecret: Secret(try required(Key.appSecret)),
            account: account, htsID: values[Key.htsID].flatMap { $0.isEmpty ? nil : $0 }, baseURL: baseURL,
            stateDirectory: values[Key.stateDirectory].map { URL(fileURLWithPath: $0, isDirectory: true) }
                ?? defaultStateDirectory(home: home))
        if let seconds = try positiveInt(values, Key.timeoutSeconds) { configuration.timeout = .seconds(seconds) }
        if let rate = try positiveInt(values, Key.rateLimit) { configuration.requestsPerSecond = rate }
        if let pages = try positiveInt(values, Key.maxPages) { configuration.maxPages = pages }
        if let retries = try positiveInt(values, Key.maxRetries, allowZero: true) {
            configuration.retry.maxRateLimitRetries = retries
        }
        if let seconds = try positiveInt(values, Key.tokenIssueInterval, allowZero: true) {
            configuration.tokenIssueInterval = .seconds(seconds)
        }
        return configuration
    }

    private static func validatedBaseURL(_ text: String, mode: TradingMode) throws -> URL {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
            url.host != nil
        else {
            throw configurationError(
                "\(Key.baseURL) must be an http(s) URL, e.g. \(realBaseURL.absoluteString) (real) "
                    + "or \(paperBaseURL.absoluteString) (paper)")
        }
        let other = mode == .real ? paperBaseURL : realBaseURL
        if url.host?.lowercased() == other.host?.lowercased() {
            throw configurationError(
                "\(Key.mode)=\(mode) but \(Key.baseURL) is the \(mode == .real ? "paper" : "real") host")
        }
        return url
    }

    private static func positiveInt(_ values: [String: String], _ key: String, allowZero: Bool = false) throws -> Int? {
        guard let text = values[key]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let value = Int(text), value > 0 || (allowZero && value == 0) else {
            throw configurationError("\(key) must be a \(allowZero ? "non-negative" : "positive") whole number")
        }
        return value
    }

    static func configurationError(_ message: String) -> KISError {
        KISError(.configuration, message, operation: "configuration")
    }
}
