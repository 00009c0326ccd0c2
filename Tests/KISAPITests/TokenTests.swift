import Foundation
import HTTPTransport
import KISDashTestSupport
import PortfolioModel
import Testing

@testable import KISAPI

/// The token lifecycle: disk cache, cross-process reuse, the once-a-minute rule, re-issue after EGW00123.
@Suite struct TokenTests {
    static let code = StockCode("005930")

    /// The tokenP fixture with another token value.
    static func otherToken(_ value: String = "second-token-value") throws -> FakeTransport.Outcome {
        try .fixture("oauth2_tokenP") { text in
            text.replacingOccurrences(of: #""access_token": "eyJ"#, with: #""access_token": "\#(value)"#)
        }
    }

    @Test func tokenIsCachedWithMode0600AndReusedByASecondClient() async throws {
        let h = try Harness()
        let code = try #require(Self.code)
        h.transport.script("inquire-price", repeatLast: true, try .fixture("inquire-price"))
        let first = h.client()
        _ = try await first.fetchQuote(code)
        let path = first.tokens.cachePath
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let directoryAttributes = try FileManager.default.attributesOfItem(atPath: h.directory.path)
        #expect((directoryAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        #expect(!path.contains(Harness.appKey))

        // A second process: new client, new token manager, same state directory.
        let second = FakeTransport(clock: h.clock)
        second.script("inquire-price", try .fixture("inquire-price"))
        h.clock.advance(by: .seconds(30))
        _ = try await h.client(transport: second).fetchQuote(code)
        #expect(second.requests(to: "/oauth2/tokenP").isEmpty)
        #expect(second.requests.first?.headers["authorization"] == "Bearer \(try Harness.fixtureToken())")
        #expect(h.transport.requests(to: "/oauth2/tokenP").count == 1)
    }

    @Test func cacheFileHoldsTokenExpiryAndIssueTime() async throws {
        let h = try Harness()
        let manager = h.tokenManager()
        let token = try await manager.token()
        #expect(token.expiresAt == KST.parse("2025-07-16 08:31:07"))
        let data = try #require(FileManager.default.contents(atPath: manager.cachePath))
        let record = try JSONDecoder().decode(TokenCacheRecord.self, from: data)
        #expect(record.accessToken == (try Harness.fixtureToken()))
        #expect(record.expiresAtKST == "2025-07-16 08:31:07")
        #expect(record.mode == "real")
        #expect(record.lastIssueAt == h.clock.origin.timeIntervalSince1970)
    }

    @Test func tokenIsNeverReissuedWithinSixtySeconds() async throws {
        let h = try Harness(scriptToken: false)
        h.transport.script("/oauth2/tokenP", [try .fixture("oauth2_tokenP"), try Self.otherToken()])
        let first = h.tokenManager()
        let token = try await first.token()
        h.clock.advance(by: .seconds(10))
        // A second process is told by KIS that the cached token expired: it must not ask again before 60 s.
        let second = h.tokenManager()
        _ = try await second.token()
        await second.invalidate(token)
        let renewed = try await second.token()
        #expect(renewed.value.revealed == "second-token-value" + (try Harness.fixtureToken()).dropFirst(3))
        let times = h.transport.sendTimes
        #expect(h.transport.requests(to: "/oauth2/tokenP").count == 2)
        #expect(times.count == 2 && times[1] - times[0] >= .seconds(60))
    }

    @Test func aTokenRequestThatNeverReachedKISDoesNotMakeTheNextOneWait() async throws {
        let h = try Harness(scriptToken: false)
        var refused = HTTPTransportError(code: .connectionFailed, message: "tokenP: connection refused")
        refused.wasNeverSent = true
        h.transport.script(
            "/oauth2/tokenP", [.failure(refused), .failure(refused), .failure(refused), try .fixture("oauth2_tokenP")])
        await #expect(throws: KISError.self) { _ = try await h.tokenManager().token() }
        let waited = h.clock.sleeps.reduce(Duration.zero, +)
        // The next process (the URL fixed) asks at once: only the retries' back-off was ever slept.
        _ = try await h.tokenManager().token()
        #expect(h.clock.sleeps.reduce(Duration.zero, +) == waited, "no wait for the once-a-minute rule")
        #expect(h.transport.requests(to: "/oauth2/tokenP").count == 4)
    }

    @Test func expiredTokenReissuesOnceAndRetriesTheCallOnce() async throws {
        let h = try Harness(scriptToken: false)
        h.transport.script("/oauth2/tokenP", [try .fixture("oauth2_tokenP"), try Self.otherToken("renewed")])
        h.transport.script(
            "inquire-price", [Harness.kisError("EGW00123", "기간이 만료된 token 입니다."), try .fixture("inquire-price")])
        let quote = try await h.client().fetchQuote(try #require(Self.code))
        #expect(quote.price == KRW(62_400))
        let calls = h.transport.requests(to: "inquire-price")
        #expect(calls.count == 2)
        #expect(calls[1].headers["authorization"]?.hasPrefix("Bearer renewed") == true)
        #expect(h.transport.requests(to: "/oauth2/tokenP").count == 2)
    }

    @Test func secondTokenRejectionIsAnError() async throws {
        let h = try Harness(scriptToken: false)
        h.transport.script("/oauth2/tokenP", [try .fixture("oauth2_tokenP"), try Self.otherToken()])
        h.transport.script("inquire-price", repeatLast: true, Harness.kisError("EGW00121", "유효하지 않은 token 입니다."))
        let error = await #expect(throws: KISError.self) {
            _ = try await h.client().fetchQuote(try #require(Self.code))
        }
        #expect(error?.code == .tokenInvalid)
        #expect(h.transport.requests(to: "inquire-price").count == 2)
        #expect(h.transport.requests(to: "/oauth2/tokenP").count == 2)
    }

    @Test func tooFrequentIssuanceWaitsAMinuteAndAsksOnceMore() async throws {
        let h = try Harness(scriptToken: false)
        h.transport.script(
            "/oauth2/tokenP",
            [try .fixture("error_tokenP_too_frequent_EGW00133", status: 403), try .fixture("oauth2_tokenP")])
        let manager = h.tokenManager()
        _ = try await manager.token()
        let times = h.transport.sendTimes
        #expect(times.count == 2 && times[1] - times[0] >= .seconds(60))
    }

    @Test func repeatedTooFrequentIsAnErrorNotALoop() async throws {
        let h = try Harness(scriptToken: false)
        h.transport.script(
            "/oauth2/tokenP", repeatLast: true, try .fixture("error_tokenP_too_frequent_EGW00133", status: 403))
        let manager = h.tokenManager()
        let error = await #expect(throws: KISError.self) { _ = try await manager.token() }
        #expect(error?.code == .tokenIssueTooFrequent)
        #expect(h.transport.requests.count == 2)
    }

    @Test func tokenNearExpiryIsReplaced() async throws {
        let h = try Harness(scriptToken: false)
        h.transport.script("/oauth2/tokenP", [try .fixture("oauth2_tokenP"), try Self.otherToken()])
        let manager = h.tokenManager()
        _ = try await manager.token()
        h.clock.advance(by: .seconds(22 * 3600 + 25 * 60))  // 08:25 next day: inside the 10-minute margin
        let renewed = try await manager.token()
        #expect(renewed.value.revealed.hasPrefix("second-token-value"))
    }

    @Test func revokeSendsTheTokenAndClearsTheCache() async throws {
        let h = try Harness()
        h.transport.script("/oauth2/revokeP", try .fixture("oauth2_revokeP"))
        let manager = h.tokenManager()
        _ = try await manager.token()
        try await manager.revoke()
        let request = try #require(h.transport.requests(to: "/oauth2/revokeP").first)
        let body = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: String])
        #expect(body["token"] == (try Harness.fixtureToken()))
        #expect(body["appkey"] == Harness.appKey)
        let data = try #require(FileManager.default.contents(atPath: manager.cachePath))
        #expect(try JSONDecoder().decode(TokenCacheRecord.self, from: data).accessToken == nil)
    }

    @Test func invalidAppKeyFromTokenPIsAConfigurationProblem() async throws {
        let h = try Harness(scriptToken: false)
        h.transport.script(
            "/oauth2/tokenP",
            .json(#"{"error_description":"유효하지 않은 AppKey입니다.","error_code":"EGW00103"}"#, status: 403))
        let manager = h.tokenManager()
        let error = await #expect(throws: KISError.self) { _ = try await manager.token() }
        #expect(error?.code == .invalidAppKey)
        #expect(error?.operation == "tokenP")
    }
}
