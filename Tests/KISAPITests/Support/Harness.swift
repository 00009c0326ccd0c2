import Foundation
import HTTPTransport
import KISDashTestSupport
import Logging
import PortfolioModel

@testable import KISAPI

/// One test's world: a test clock, a scripted transport, a private state directory and limiter registry.
final class Harness: Sendable {
    static let appKey = "PSTESTAPPKEY0123456789abcdefghijklmn"
    static let appSecret = "TESTAPPSECRET+" + String(repeating: "s3cr3t", count: 20)
    static let account = "12345678-01"

    let clock = TestClock()
    let transport: FakeTransport
    let directory: URL
    let registry = RateLimiterRegistry()
    let account: AccountNumber
    let baseURL: URL

    struct SetupError: Error {}

    init(scriptToken: Bool = true) throws {
        guard let account = AccountNumber(Self.account), let baseURL = URL(string: "http://127.0.0.1:9") else {
            throw SetupError()
        }
        self.account = account
        self.baseURL = baseURL
        transport = FakeTransport(clock: clock)
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kisapi-tests-\(UUID().uuidString)", isDirectory: true)
        if scriptToken {
            transport.script("/oauth2/tokenP", repeatLast: true, try .fixture("oauth2_tokenP"))
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    var runtime: KISRuntime {
        let clock = clock
        return KISRuntime(clock: clock, now: { clock.date }, random: { 0.5 }, rateLimiters: registry)
    }

    func configuration(
        _ mode: TradingMode = .real, maxPages: Int = 50, rate: Int? = nil, retry: KISRetryPolicy = .default
    ) -> KISConfiguration {
        KISConfiguration(
            mode: mode, appKey: Secret(Self.appKey), appSecret: Secret(Self.appSecret),
            account: account, htsID: "myhtsid", baseURL: baseURL, requestsPerSecond: rate, maxPages: maxPages,
            retry: retry, stateDirectory: directory)
    }

    func client(
        _ mode: TradingMode = .real, maxPages: Int = 50, rate: Int? = nil, retry: KISRetryPolicy = .default,
        transport: (any HTTPTransport)? = nil, logger: Logger = Harness.quietLogger
    ) -> KISClient {
        KISClient(
            configuration: configuration(mode, maxPages: maxPages, rate: rate, retry: retry),
            transport: transport ?? self.transport, runtime: runtime, logger: logger)
    }

    static let quietLogger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    func tokenManager(transport: (any HTTPTransport)? = nil) -> TokenManager {
        TokenManager(
            configuration: configuration(), transport: transport ?? self.transport, runtime: runtime,
            logger: Self.quietLogger)
    }

    /// The token in the `oauth2_tokenP` fixture.
    static func fixtureToken() throws -> String {
        let object = try JSONSerialization.jsonObject(with: Fixture.load("oauth2_tokenP")) as? [String: Any]
        return object?["access_token"] as? String ?? ""
    }

    /// A KIS error body.
    static func kisError(_ code: String, _ text: String = "오류", status: Int = 500) -> FakeTransport.Outcome {
        .json(#"{"rt_cd":"1","msg_cd":"\#(code)","msg1":"\#(text)"}"#, status: status)
    }
}

extension HTTPRequest {
    /// The decoded query items, in order.
    var queryItems: [URLQueryItem] { URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? [] }

    /// The decoded value of query item `name`.
    func query(_ name: String) -> String? { queryItems.first { $0.name == name }?.value }
}
