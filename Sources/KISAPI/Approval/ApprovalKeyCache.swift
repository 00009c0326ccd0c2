import Digest
import Foundation
import PortfolioModel

/// Owns the WebSocket approval key: memory, then `<state>/approval-<mode>-<hash>.json` (0600), and only then
/// `/oauth2/Approval`.
///
/// A key lasts 24 h (SPEC §3.3), so a restarted feed reuses it; ``renew()`` replaces it on demand (after
/// `OPSP0010`/`OPSP0011` or an unexplained subscribe failure). Requests are kept at least a second apart
/// (KIS's 1 call/s on Approval). One feed runs per app key (KIS allows one session), so the file needs no lock.
package actor ApprovalKeyCache {
    /// KIS's minimum spacing between two Approval requests.
    package static let issueInterval: Duration = .seconds(1)

    private let client: KISClient
    private let path: String
    private let appKeyHash: String
    private var current: ApprovalKey?

    /// Creates the cache for `client`'s app key and mode, in its state directory.
    package init(client: KISClient) {
        self.client = client
        let hash = SHA256.hex(client.configuration.appKey.revealed)
        self.appKeyHash = hash
        self.path =
            client.configuration.stateDirectory
            .appendingPathComponent("approval-\(client.configuration.mode.rawValue)-\(hash.prefix(16)).json").path
    }

    /// The cache file's path (it holds a key: never print its content).
    package nonisolated var cachePath: String { path }

    /// A usable key: from memory, from the file, or freshly requested.
    /// - Throws: ``KISError`` (`.tokenCache` for file problems, or what ``KISClient/fetchApprovalKey()`` throws).
    package func key() async throws -> ApprovalKey {
        if let current, isUsable(current) { return current }
        let record = try readRecord()
        if let value = record?.approvalKey, let issuedAt = record?.issuedAt {
            let cached = ApprovalKey(value: Secret(value), issuedAt: Date(timeIntervalSince1970: issuedAt))
            if isUsable(cached) {
                current = cached
                return cached
            }
        }
        return try await issue(after: record)
    }

    /// Drops the current key and requests a new one.
    /// - Throws: As ``key()``.
    package func renew() async throws -> ApprovalKey {
        current = nil
        return try await issue(after: try readRecord())
    }

    private func isUsable(_ key: ApprovalKey) -> Bool {
        key.isUsable(at: client.runtime.now(), margin: client.configuration.tokenSafetyMargin)
    }

    private func issue(after record: ApprovalCacheRecord?) async throws -> ApprovalKey {
        if let last = record?.lastIssueAt {
            let since = client.runtime.realNow().timeIntervalSince1970 - last
            if since >= 0, since < Self.issueInterval.inSeconds {
                try await client.runtime.clock.sleep(for: .milliseconds(Int64((1 - since) * 1000) + 1))
            }
        }
        var next = ApprovalCacheRecord(mode: client.configuration.mode.rawValue, appKeyHash: appKeyHash)
        next.lastIssueAt = client.runtime.realNow().timeIntervalSince1970
        try write(next)
        let key = try await client.fetchApprovalKey()
        next.approvalKey = key.value.revealed
        next.issuedAt = key.issuedAt.timeIntervalSince1970
        try write(next)
        current = key
        return key
    }

    private func readRecord() throws -> ApprovalCacheRecord? {
        let data: Data?
        do { data = try PrivateFile.read(path) } catch {
            throw KISError(.tokenCache, "\(error)", operation: "approval-cache", underlying: error)
        }
        return data.flatMap { try? JSONDecoder().decode(ApprovalCacheRecord.self, from: $0) }
    }

    private func write(_ record: ApprovalCacheRecord) throws {
        do {
            try PrivateFile.prepareDirectory(client.configuration.stateDirectory)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try PrivateFile.write(try encoder.encode(record), to: path)
        } catch {
            throw KISError(.tokenCache, "\(error)", operation: "approval-cache", underlying: error)
        }
    }
}
