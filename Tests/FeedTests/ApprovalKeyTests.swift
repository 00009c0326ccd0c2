import Foundation
import HTTPTransport
import KISDashTestSupport
import Logging
import PortfolioModel
import Testing

@testable import KISAPI

/// `/oauth2/Approval` request shape and the 0600 approval-key cache.
@Suite struct ApprovalKeyTests {
    static let appKey = "PSTESTAPPKEY0123456789abcdefghijklmn"
    static let appSecret = "TESTAPPSECRET+" + String(repeating: "s3cr3t", count: 20)
    static let fixtureKey = "5b2c7d1e-3f4a-4b6c-9d8e-0a1b2c3d4e5f"

    struct World {
        let clock = TestClock()
        let transport: FakeTransport
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("feed-approval-\(UUID().uuidString)", isDirectory: true)

        init() {
            transport = FakeTransport(clock: clock)
        }

        func client(transport: (any HTTPTransport)? = nil, logger: Logger? = nil) throws -> KISClient {
            let account = try #require(AccountNumber("12345678-01"))
            let clock = clock
            let configuration = KISConfiguration(
                mode: .real, appKey: Secret(ApprovalKeyTests.appKey), appSecret: Secret(ApprovalKeyTests.appSecret),
                account: account, baseURL: try #require(URL(string: "http://127.0.0.1:9")), stateDirectory: directory)
            return KISClient(
                configuration: configuration, transport: transport ?? self.transport,
                runtime: KISRuntime(clock: clock, now: { clock.date }, rateLimiters: RateLimiterRegistry()),
                logger: logger ?? Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        }

        func scriptApproval(_ value: String = ApprovalKeyTests.fixtureKey) {
            transport.script("/oauth2/Approval", .json(#"{"approval_key":"\#(value)"}"#))
        }
    }

    @Test func requestPostsGrantTypeAppKeyAndSecretKey() async throws {
        let world = World()
        world.scriptApproval()
        let key = try await world.client().fetchApprovalKey()
        #expect(key.value.revealed == Self.fixtureKey)
        #expect(key.expiresAt.timeIntervalSince(key.issuedAt) == 24 * 3600)
        #expect(!"\(key)".contains(Self.fixtureKey))
        let request = try #require(world.transport.requests(to: "/oauth2/Approval").first)
        #expect(request.method == .post && request.headers["content-type"] == "application/json; utf-8")
        #expect(request.headers["authorization"] == nil)
        let body = try JSONSerialization.jsonObject(with: request.body) as? [String: String]
        #expect(body == ["grant_type": "client_credentials", "appkey": Self.appKey, "secretkey": Self.appSecret])
    }

    @Test func fixtureBodyDecodes() async throws {
        let world = World()
        world.transport.script(
            "/oauth2/Approval",
            .response(
                HTTPResponse(
                    status: 200, headers: ["Content-Type": "application/json"],
                    body: Data(try Examples.text("oauth2_Approval.json").utf8))))
        #expect(try await world.client().fetchApprovalKey().value.revealed == Self.fixtureKey)
    }

    @Test func oauthErrorsAndEmptyAnswersAreKISErrors() async throws {
        let world = World()
        world.transport.script(
            "/oauth2/Approval",
            [
                .json(#"{"error_code":"EGW00103","error_description":"유효하지 않은 AppKey입니다."}"#, status: 403),
                .json(#"{"approval_key":""}"#),
            ])
        let client = try world.client()
        let first = await #expect(throws: KISError.self) { try await client.fetchApprovalKey() }
        #expect(first?.messageCode == "EGW00103")
        let second = await #expect(throws: KISError.self) { try await client.fetchApprovalKey() }
        #expect(second?.code == .malformedResponse)
    }

    @Test func cacheIsA0600FileReusedAcrossProcessesAndRenewedOnDemand() async throws {
        let world = World()
        defer { try? FileManager.default.removeItem(at: world.directory) }
        world.scriptApproval()
        let cache = ApprovalKeyCache(client: try world.client())
        let first = try await cache.key()
        #expect(try await cache.key() == first)
        let attributes = try FileManager.default.attributesOfItem(atPath: cache.cachePath)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(!cache.cachePath.contains(Self.appKey))

        // Another process an hour later reuses the file.
        world.clock.advance(by: .seconds(3600))
        let second = ApprovalKeyCache(client: try world.client())
        #expect(try await second.key().value == first.value)
        #expect(world.transport.requests(to: "/oauth2/Approval").count == 1)

        // Renewal asks again, at least a second after the last request.
        world.scriptApproval("second-key")
        #expect(try await second.renew().value.revealed == "second-key")
        #expect(try await ApprovalKeyCache(client: try world.client()).key().value.revealed == "second-key")
        #expect(world.transport.requests(to: "/oauth2/Approval").count == 2)
    }

    @Test func expiredKeyIsReplaced() async throws {
        let world = World()
        defer { try? FileManager.default.removeItem(at: world.directory) }
        world.scriptApproval()
        let cache = ApprovalKeyCache(client: try world.client())
        _ = try await cache.key()
        world.clock.advance(by: .seconds(24 * 3600 - 300))  // inside the 10-minute safety margin
        world.scriptApproval("next-day")
        #expect(try await cache.key().value.revealed == "next-day")
    }

    @Test func logsNeverShowTheKeyOrSecret() async throws {
        let world = World()
        world.scriptApproval()
        let lines = LogCapture()
        let logged = LoggingTransport(wrapping: world.transport, logger: lines.logger())
        _ = try await world.client(transport: logged, logger: lines.logger()).fetchApprovalKey()
        #expect(!lines.text.isEmpty)
        #expect(!lines.text.contains(Self.fixtureKey) && !lines.text.contains(Self.appSecret))
        #expect(!lines.text.contains(Self.appKey))
    }
}
