package import Foundation
import PortfolioModel

extension AppSettings {
    /// Expands `~/` and makes a relative path absolute against `base` (default: the current directory).
    /// - Parameters:
    ///   - path: A path from the settings file.
    ///   - base: The directory relative paths start from.
    /// - Returns: An absolute path.
    package static func expand(_ path: String, base: String? = nil) -> String {
        if path.hasPrefix("~/") {
            return FileManager.default.homeDirectoryForCurrentUser.path + "/" + path.dropFirst(2)
        }
        if path.hasPrefix("/") { return path }
        let root = base ?? FileManager.default.currentDirectoryPath
        return URL(fileURLWithPath: root, isDirectory: true).appendingPathComponent(path).standardizedFileURL.path
    }

    /// Checks what parsing cannot: files the settings name, and keys that only make sense together.
    ///
    /// - Parameter environment: The process environment (for the variables the settings name).
    /// - Returns: One line per problem, each naming the key; empty when all is well.
    package func problems(environment: [String: String]) -> [String] {
        var found: [String] = []
        if let secrets = kis.secretsFile {
            found += Self.secretsFileProblems(Self.expand(secrets))
        }
        if let base = kis.baseURL, URL(string: base)?.scheme.map({ ["http", "https"].contains($0) }) != true {
            found.append("[kis] base_url must be an http(s) URL like https://openapi.koreainvestment.com:9443")
        }
        if schedule.krxOpen >= schedule.krxClose {
            found.append("[schedule] krx_open (\(schedule.krxOpen)) must be before krx_close (\(schedule.krxClose))")
        }
        if schedule.nxtOpen >= schedule.nxtClose {
            found.append("[schedule] nxt_open (\(schedule.nxtOpen)) must be before nxt_close (\(schedule.nxtClose))")
        }
        if let file = schedule.calendarOverride, !FileManager.default.fileExists(atPath: Self.expand(file)) {
            found.append("[schedule] calendar_override: \(file) does not exist")
        }
        for destination in publish.destinations where !destination.isRemoteDestination {
            let folder = URL(fileURLWithPath: Self.expand(destination), isDirectory: true)
            switch WritableFolder.probe(folder, create: false) {
            case .success: break
            case .failure(.missing), .failure(.notAFolder):
                found.append("[publish] destinations: \(destination) is not an existing folder")
            case .failure(let problem): found.append("[publish] destinations: \(destination) \(problem)")
            }
        }
        if let provider = diagnosis.provider, provider != "offline" {
            if diagnosis.baseURL == nil {
                found.append("[diagnosis] base_url is required for provider \"\(provider)\"")
            }
            if diagnosis.model == nil { found.append("[diagnosis] model is required for provider \"\(provider)\"") }
            if let name = diagnosis.apiKeyEnv {
                if environment[name, default: ""].isEmpty {
                    found.append("[diagnosis] api_key_env: the environment variable \(name) is not set")
                }
            } else {
                found.append(
                    "[diagnosis] api_key_env is required for provider \"\(provider)\" (keys live in the environment)")
            }
        }
        return found
    }

    /// Problems with the KIS secrets file: missing, or readable by group or others.
    static func secretsFileProblems(_ path: String) -> [String] {
        switch OwnerOnlyFile.status(path) {
        case .ownerOnly: return []
        case .missing, .unreadable: return ["[kis] secrets_file: \(path) cannot be read"]
        case .exposed(let mode):
            return [
                "[kis] secrets_file: \(path) has mode \(OwnerOnlyFile.octal(mode)); it holds the app secret and "
                    + "must be 0600 (run: chmod 600 \(path))"
            ]
        }
    }
}

extension String {
    /// `user@host:path` or `host:path` (an rsync-over-ssh target) rather than a local folder.
    package var isRemoteDestination: Bool {
        guard !hasPrefix("/"), !hasPrefix("."), !hasPrefix("~"), let colon = firstIndex(of: ":") else { return false }
        return !self[..<colon].contains("/")
    }
}
