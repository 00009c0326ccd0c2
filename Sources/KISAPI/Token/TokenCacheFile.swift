import Foundation

/// The token cache on disk: `<state>/token-<mode>-<hash>.json` (mode 0600) and its lock file `….lock`.
///
/// Written atomically through ``PrivateFile``, so a reader never sees half a file and the token is never
/// readable by others, not even for a moment.
struct TokenCacheFile: Sendable {
    let directory: URL
    let baseName: String

    /// The cache for an app key in a mode, named by the first 16 hex digits of the key's SHA-256.
    init(directory: URL, appKeyHash: String, mode: String) {
        self.directory = directory
        self.baseName = "token-\(mode)-\(appKeyHash.prefix(16))"
    }

    var path: String { directory.appendingPathComponent(baseName + ".json").path }
    var lockPath: String { directory.appendingPathComponent(baseName + ".lock").path }

    /// Creates the state directory (mode 0700) if needed.
    func prepareDirectory() throws {
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw KISError(
                .tokenCache, "cannot create state directory \(directory.path)", operation: "token-cache",
                underlying: error)
        }
    }

    /// The record, or `nil` if there is no usable file (missing or unreadable JSON: it will be rewritten).
    func read() -> TokenCacheRecord? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(TokenCacheRecord.self, from: data)
    }

    /// Replaces the file atomically with `record`, mode 0600.
    func write(_ record: TokenCacheRecord) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data: Data
        do { data = try encoder.encode(record) } catch {
            throw KISError(.tokenCache, "cannot encode the token cache", operation: "token-cache", underlying: error)
        }
        do {
            try PrivateFile.write(data, to: path)
        } catch {
            throw KISError(.tokenCache, "\(error)", operation: "token-cache", underlying: error)
        }
    }
}
