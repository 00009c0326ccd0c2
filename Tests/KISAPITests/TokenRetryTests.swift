import Foundation
import HTTPTransport
import KISDashTestSupport
import PortfolioModel
import Testing

@testable import KISAPI

/// tokenP gets the inquiries' bounded retries for glitches, and none for KIS's own refusals.
@Suite struct TokenRetryTests {
    static let connectionReset = FakeTransport.Outcome.failure(
        HTTPTransportError(code: .connectionFailed, message: "FakeTransport: connection reset by peer"))

    @Test func glitchesBeforeTheTokenAreRetriedWithBackOff() async throws {
        let h = try Harness(scriptToken: false)
        h.transport.script(
            "/oauth2/tokenP", [.timeout, Self.connectionReset, .gatewayError(502), try .fixture("oauth2_tokenP")])
        let policy = KISRetryPolicy(maxTransientRetries: 3)
        let manager = TokenManager(
            configuration: h.configuration(retry: policy), transport: h.transport, runtime: h.runtime,
            logger: Harness.quietLogger)
        let token = try await manager.token()
        #expect(token.value.revealed == (try Harness.fixtureToken()))
        #expect(h.transport.requests(to: "/oauth2/tokenP").count == 4)
        #expect(h.clock.sleeps.filter { $0 > .zero } == (0..<3).map { policy.delay(forAttempt: $0, random: 0.5) })
    }

    @Test func anInquiryStillSucceedsWhenItsTokenRequestGlitchesOnce() async throws {
        let h = try Harness(scriptToken: false)
        h.transport.script("/oauth2/tokenP", [.gatewayError(500), try .fixture("oauth2_tokenP")])
        h.transport.script("inquire-price", try .fixture("inquire-price"))
        let quote = try await h.client().fetchQuote(try #require(StockCode("005930")))
        #expect(quote.price == KRW(62_400))
    }

    @Test func tokenRetriesAreBoundedThenTheGlitchIsReported() async throws {
        let h = try Harness(scriptToken: false)
        h.transport.script("/oauth2/tokenP", repeatLast: true, .gatewayError(503))
        let error = await #expect(throws: KISError.self) { _ = try await h.tokenManager().token() }
        let retries = KISRetryPolicy.default.maxTransientRetries
        #expect(error?.code == .serverUnavailable)
        #expect(error?.operation == "tokenP")
        #expect(error?.message.contains("gave up after \(retries) retries") == true)
        #expect(h.transport.requests(to: "/oauth2/tokenP").count == 1 + retries)
    }

    @Test(arguments: ["EGW00103", "EGW00105"])
    func badCredentialsAreAskedOnce(code: String) async throws {
        let h = try Harness(scriptToken: false)
        h.transport.script(
            "/oauth2/tokenP", repeatLast: true,
            .json(#"{"error_description":"유효하지 않은 키입니다.","error_code":"\#(code)"}"#, status: 403))
        let error = await #expect(throws: KISError.self) { _ = try await h.tokenManager().token() }
        #expect(error?.code == .invalidAppKey)
        #expect(h.transport.requests(to: "/oauth2/tokenP").count == 1)
        #expect(h.clock.sleeps.filter { $0 > .zero }.isEmpty, "no back-off for a refusal")
    }

    @Test func tooFrequentIsNotTreatedAsAGlitch() async throws {
        let h = try Harness(scriptToken: false)
        h.transport.script(
            "/oauth2/tokenP", repeatLast: true, try .fixture("error_tokenP_too_frequent_EGW00133", status: 403))
        let error = await #expect(throws: KISError.self) { _ = try await h.tokenManager().token() }
        #expect(error?.code == .tokenIssueTooFrequent)
        // The once-a-minute wait and one more request, never the glitch back-off.
        #expect(h.clock.sleeps.filter { $0 > .zero }.count == 1)
        #expect(h.transport.requests(to: "/oauth2/tokenP").count == 2)
    }
}
