import Digest
import Foundation
package import HTTPTransport
package import Logging
import PortfolioModel

/// Owns the KIS access token: memory, then the shared disk cache, and only then `/oauth2/tokenP`.
///
/// KIS allows one issuance per minute per app key (`EGW00133`), sends a KakaoTalk message on every real
/// issuance, and a token lives 24 h — so a cron job must reuse it across runs. Every check-then-issue happens
/// under an exclusive `flock` on the cache's lock file, and the time of the last request is written to the
/// cache before tokenP is sent: a second process within the minute waits (bounded) and reuses what the first
/// one got. Tokens and keys never reach logs or errors.
package actor TokenManager {
    /// KIS's minimum spacing between two issuances.
    package static let issueInterval: Duration = .seconds(60)
    /// The interval this manager keeps between tokenP requests: KIS's minute unless configured otherwise.
    private var issueInterval: Duration { configuration.tokenIssueInterval }

    let configuration: KISConfiguration
    let transport: any HTTPTransport
    let runtime: KISRuntime
    let counter: CallCounter
    let logger: Logger
    let cache: TokenCacheFile
    /// The longest wait for another process's lock.
    var maxLockWait: Duration = .seconds(180)
    /// The longest wait for the once-a-minute rule.
    var maxIssueWait: Duration = .seconds(65)
    private var current: AccessToken?
    private var rejected: Set<Secret> = []
    private var isRefreshing = false
    private var refreshWaiters: [CheckedContinuation<Void, Never>] = []
    /// tokenP requests sent by this manager.
    package internal(set) var issueRequests = 0

    /// Creates a manager for the configuration's app key and mode.
    /// - Parameters:
    ///   - configuration: Credentials, base URL, state directory and safety margin.
    ///   - transport: The HTTP transport.
    ///   - runtime: Clock and wall time.
    ///   - counter: Where tokenP/revokeP calls are counted.
    ///   - logger: The logger (never sees a token).
    package init(
        configuration: KISConfiguration, transport: any HTTPTransport, runtime: KISRuntime = .live,
        counter: CallCounter = CallCounter(), logger: Logger = Logger(label: "kis.token")
    ) {
        self.configuration = configuration
        self.transport = transport
        self.runtime = runtime
        self.counter = counter
        self.logger = logger
        self.cache = TokenCacheFile(
            directory: configuration.stateDirectory, appKeyHash: SHA256.hex(configuration.appKey.revealed),
            mode: configuration.mode.rawValue)
    }

    /// The cache file's path (for diagnostics; it holds a token, so never print its content).
    package nonisolated var cachePath: String { cache.path }

    /// A usable token: from memory, from the disk cache, or freshly issued (at most once a minute).
    /// - Throws: ``KISError`` (`.tokenIssueTooFrequent`, `.invalidAppKey`, `.tokenCache`, transport codes).
    package func token() async throws -> AccessToken {
        if let current, isUsable(current) { return current }
        // Single flight inside the process: concurrent callers wait for the one refresh instead of each
        // polling the file lock.
        while isRefreshing {
            await withCheckedContinuation { refreshWaiters.append($0) }
            if let current, isUsable(current) { return current }
        }
        isRefreshing = true
        defer {
            isRefreshing = false
            let waiters = refreshWaiters
            refreshWaiters = []
            for waiter in waiters { waiter.resume() }
        }
        try cache.prepareDirectory()
        let lock = try await FileLock.acquire(path: cache.lockPath, clock: runtime.clock, maxWait: maxLockWait)
        defer { lock.release() }
        var record = cache.read() ?? newRecord()
        if let cached = usableToken(in: record) {
            logger.debug("KIS token reused from cache")
            current = cached
            return cached
        }
        try await waitForIssueWindow(record)
        do {
            return try await issue(&record)
        } catch let error as KISError where error.code == .tokenIssueTooFrequent {
            // Someone we cannot see (another machine, a manual call) issued a token: wait once, ask once more.
            logger.warning("KIS token issuance refused as too frequent (EGW00133); waiting before one more try")
            try await runtime.clock.sleep(for: min(issueInterval + .seconds(1), maxIssueWait))
            return try await issue(&record)
        }
    }

    /// Forgets `token` after KIS rejected it (`EGW00123`/`EGW00121`), so the next ``token()`` issues a new one.
    package func invalidate(_ token: AccessToken) {
        rejected.insert(token.value)
        if current == token { current = nil }
    }

    /// Revokes the cached token at KIS (`/oauth2/revokeP`) and removes it from the cache.
    /// - Throws: ``KISError`` if KIS refuses or the call fails.
    package func revoke() async throws {
        try cache.prepareDirectory()
        let lock = try await FileLock.acquire(path: cache.lockPath, clock: runtime.clock, maxWait: maxLockWait)
        defer { lock.release() }
        var record = cache.read() ?? newRecord()
        guard let value = record.accessToken ?? current?.value.revealed else { return }
        try await sendRevoke(token: value)
        record.accessToken = nil
        record.expiresAt = nil
        record.expiresAtKST = nil
        try cache.write(record)
        current = nil
    }

    private func isUsable(_ token: AccessToken) -> Bool {
        !rejected.contains(token.value) && token.isUsable(at: runtime.now(), margin: configuration.tokenSafetyMargin)
    }

    private func usableToken(in record: TokenCacheRecord) -> AccessToken? {
        guard let value = record.accessToken, let expiresAt = record.expiresAt else { return nil }
        let token = AccessToken(value: Secret(value), expiresAt: Date(timeIntervalSince1970: expiresAt))
        return isUsable(token) ? token : nil
    }

    private func newRecord() -> TokenCacheRecord {
        TokenCacheRecord(mode: configuration.mode.rawValue, appKeyHash: SHA256.hex(configuration.appKey.revealed))
    }

    /// Sleeps out the rest of the minute since the last tokenP request, if any (bounded by ``maxIssueWait``).
    private func waitForIssueWindow(_ record: TokenCacheRecord) async throws {
        guard let last = record.lastIssueAt else { return }
        let since = runtime.realNow().timeIntervalSince1970 - last
        let interval = issueInterval.inSeconds
        guard since < interval else { return }
        let remainder = Duration.milliseconds(Int64(((interval - max(since, 0)) * 1000).rounded(.up)))
        let wait = min(remainder, maxIssueWait)
        logger.warning(
            "KIS issues one token a minute and one was requested \(Int(since)) s ago: waiting \(Int(wait.inSeconds.rounded(.up))) s"
        )
        try await runtime.clock.sleep(for: wait)
    }

    /// Stamps the cache, asks tokenP, stores the answer.
    private func issue(_ record: inout TokenCacheRecord) async throws -> AccessToken {
        let previousIssue = record.lastIssueAt
        record.lastIssueAt = runtime.realNow().timeIntervalSince1970
        record.accessToken = nil
        record.expiresAt = nil
        record.expiresAtKST = nil
        try cache.write(record)
        let token: AccessToken
        let expiryText: String
        do {
            (token, expiryText) = try await requestTokenRetrying()
        } catch let error as KISError where (error.underlying as? HTTPTransportError)?.wasNeverSent == true {
            // KIS never saw the request (a wrong host, nothing listening): it used none of the once-a-minute issue,
            // so the next attempt, after fixing the URL, need not wait out the minute.
            record.lastIssueAt = previousIssue
            try? cache.write(record)
            throw error
        }
        record.accessToken = token.value.revealed
        record.expiresAt = token.expiresAt.timeIntervalSince1970
        record.expiresAtKST = expiryText
        try cache.write(record)
        logger.info("KIS token issued", metadata: ["expires": "\(expiryText)"])
        // A token that is already unusable when issued means this machine's clock and KIS's disagree; asking
        // again would only wait out the once-a-minute rule, again and again. Say so instead.
        guard token.expiresAt > runtime.now() else {
            throw KISError(
                .tokenCache,
                "KIS issued a token that expires \(expiryText) KST, which is already past by this machine's clock "
                    + "(\(KST.format(runtime.now())) KST): check the system clock (or --now)",
                operation: "tokenP")
        }
        // KIS answers a re-request within 6 h with the same token; freshly issued, it is trusted again (each call
        // still renews at most once, so a token KIS keeps refusing fails the call instead of looping).
        rejected.remove(token.value)
        current = token
        return token
    }
}
