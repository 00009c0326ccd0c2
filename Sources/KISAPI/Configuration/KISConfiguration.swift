package import Foundation
package import PortfolioModel

/// Everything the KIS client needs to know: which system, which credentials, which account, and its limits.
///
/// The base URL is required: the client never picks a host by itself, so a test or the simulator can never
/// reach the real KIS by accident. ``realBaseURL`` and ``paperBaseURL`` are there for callers to choose.
/// `description` shows the mode, host and masked account only.
package struct KISConfiguration: Sendable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Real money (실전) or paper trading (모의).
    package var mode: TradingMode
    /// The 36-character app key.
    package var appKey: Secret
    /// The 180-character app secret.
    package var appSecret: Secret
    /// The account the inquiries are about.
    package var account: AccountNumber
    /// The HTS user id (only the real-time notice feed needs it).
    package var htsID: String?
    /// The REST base URL, for example ``realBaseURL`` or a local simulator.
    package var baseURL: URL
    /// The hard time limit of one HTTP exchange.
    package var timeout: Duration
    /// Calls per second this process allows itself per app key (KIS: 18 real, 1 paper).
    package var requestsPerSecond: Int
    /// Extra time added to the 1-second window for the server's clock granularity.
    ///
    /// The network's delay needs none: a call holds its slot until its response (``RateLimiter``), and it cannot
    /// have arrived later than that. 50 ms keeps a margin while the every-minute light cycle stays within
    /// 1.05 × its calls ÷ the limit (100 ms made it 1.1 ×; bench/light_bench.sh).
    package var rateWindowPadding: Duration
    /// The most pages one paged inquiry may take; reaching it is an error, never a silent truncation.
    package var maxPages: Int
    /// Retry bounds and back-off.
    package var retry: KISRetryPolicy
    /// Where the token cache and its lock live (default `~/.cache/kisdash`).
    package var stateDirectory: URL
    /// A cached token counts as expired this long before KIS's stated expiry.
    package var tokenSafetyMargin: Duration
    /// The least time between two token requests per app key.
    ///
    /// KIS allows one issuance a minute (EGW00133), so
    /// this stays 60 s against KIS; only a simulator configured with a shorter interval may lower it.
    package var tokenIssueInterval: Duration = TokenManager.issueInterval

    /// Creates a configuration; limits not given take the defaults for `mode`.
    package init(
        mode: TradingMode, appKey: Secret, appSecret: Secret, account: AccountNumber, htsID: String? = nil,
        baseURL: URL, timeout: Duration = .seconds(10), requestsPerSecond: Int? = nil,
        rateWindowPadding: Duration = .milliseconds(50), maxPages: Int = 50, retry: KISRetryPolicy = .default,
        stateDirectory: URL? = nil, tokenSafetyMargin: Duration = .seconds(600)
    ) {
        self.mode = mode
        self.appKey = appKey
        self.appSecret = appSecret
        self.account = account
        self.htsID = htsID
        self.baseURL = baseURL
        self.timeout = timeout
        self.requestsPerSecond = requestsPerSecond ?? Self.defaultRequestsPerSecond(for: mode)
        self.rateWindowPadding = rateWindowPadding
        self.maxPages = maxPages
        self.retry = retry
        self.stateDirectory = stateDirectory ?? Self.defaultStateDirectory(home: nil)
        self.tokenSafetyMargin = tokenSafetyMargin
    }

    /// The real-trading REST host (실전), `https://openapi.koreainvestment.com:9443`.
    package static let realBaseURL = Self.literalURL("https://openapi.koreainvestment.com:9443")
    /// The paper-trading REST host (모의, "VTS"), `https://openapivts.koreainvestment.com:29443`.
    package static let paperBaseURL = Self.literalURL("https://openapivts.koreainvestment.com:29443")

    /// KIS's published per-account limits (FAQ 2026-04-20): 18 calls/s real, 1 call/s paper.
    package static func defaultRequestsPerSecond(for mode: TradingMode) -> Int { mode == .real ? 18 : 1 }

    /// `~/.cache/kisdash` under `home`, or under the user's home directory when `home` is `nil`.
    package static func defaultStateDirectory(home: String?) -> URL {
        let base =
            home.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        return base.appendingPathComponent(".cache", isDirectory: true)
            .appendingPathComponent("kisdash", isDirectory: true)
    }

    package var description: String {
        "KISConfiguration(mode: \(mode), host: \(baseURL.host ?? "?"), account: \(account.masked), "
            + "appKey: <redacted>, appSecret: <redacted>, rate: \(requestsPerSecond)/s)"
    }

    package var debugDescription: String { description }

    /// `dump` and debuggers show only what `description` shows (`AccountNumber`'s own mirror has the digits).
    package var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "mode": mode.rawValue, "host": baseURL.host ?? "?", "account": account.masked,
                "requestsPerSecond": requestsPerSecond, "maxPages": maxPages,
            ], displayStyle: .struct)
    }

    /// Parses a URL literal that is known to be valid; a typo would show up as the unusable `about:invalid`.
    private static func literalURL(_ text: String) -> URL {
        URL(string: text) ?? URL(fileURLWithPath: "/invalid-url-literal")
    }
}
