import Foundation
import HTTPTransport
import KISDashTestSupport
import PortfolioModel
import Testing

@testable import KISAPI

/// Bounded retries: rate limits, timeouts, gateway errors; no retry for business rejections.
@Suite struct RetryTests {
    static let code = StockCode("005930")

    @Test func rateLimitRetriesAreBoundedThenFail() async throws {
        let h = try Harness()
        h.transport.script("inquire-price", repeatLast: true, try .fixture("error_rate_limit_EGW00201", status: 500))
        let error = await #expect(throws: KISError.self) {
            _ = try await h.client().fetchQuote(try #require(Self.code))
        }
        #expect(error?.code == .rateLimited)
        #expect(error?.messageCode == "EGW00201")
        #expect(error?.message.contains("gave up after 5 retries") == true)
        #expect(h.transport.requests(to: "inquire-price").count == 6)
        let backOffs = h.clock.sleeps.filter { $0 > .zero }
        let policy = KISRetryPolicy.default
        #expect(backOffs == (0..<5).map { policy.delay(forAttempt: $0, random: 0.5) })
        #expect(backOffs.allSatisfy { $0 <= policy.maxDelay })
    }

    @Test func rateLimitThenSuccessReturnsTheAnswer() async throws {
        let h = try Harness()
        h.transport.script(
            "inquire-price",
            [Harness.kisError("EGW00201"), Harness.kisError("EGW00215"), try .fixture("inquire-price")])
        let client = h.client()
        let quote = try await client.fetchQuote(try #require(Self.code))
        #expect(quote.price == KRW(62_400))
        #expect(h.transport.requests(to: "inquire-price").count == 3)
        #expect(await client.apiCallCount() == 4)  // tokenP + three attempts
    }

    @Test func timeoutsAreRetriedThenReportedAsTimeout() async throws {
        let h = try Harness()
        h.transport.script("inquire-price", repeatLast: true, .timeout)
        let error = await #expect(throws: KISError.self) {
            _ = try await h.client().fetchQuote(try #require(Self.code))
        }
        #expect(error?.code == .timeout)
        #expect(h.transport.requests(to: "inquire-price").count == 1 + KISRetryPolicy.default.maxTransientRetries)
    }

    @Test func gatewayErrorPageIsRetried() async throws {
        let h = try Harness()
        h.transport.script("inquire-price", [.gatewayError(502), try .fixture("inquire-price")])
        let quote = try await h.client().fetchQuote(try #require(Self.code))
        #expect(quote.price == KRW(62_400))
    }

    @Test func businessRejectionIsNotRetried() async throws {
        let h = try Harness()
        h.transport.script("inquire-price", Harness.kisError("MCA05918", "종목코드 오류입니다.", status: 200))
        let error = await #expect(throws: KISError.self) {
            _ = try await h.client().fetchQuote(try #require(Self.code))
        }
        #expect(error?.code == .rejected)
        #expect(error?.message == "종목코드 오류입니다.")
        #expect(h.transport.requests(to: "inquire-price").count == 1)
    }

    @Test func gatewayCodesAreReadFromTheBodyWhateverTheStatus() throws {
        for status in [200, 500] {
            let response = HTTPResponse(
                status: status, body: Data(#"{"rt_cd":"1","msg_cd":"EGW00201","msg1":"x"}"#.utf8))
            guard case .failure(let error) = KISClient.classify(response, call: KISCall(endpoint: .price, query: []))
            else {
                Issue.record("success for status \(status)")
                continue
            }
            #expect(error.code == .rateLimited)
        }
    }

    @Test func backOffGrowsAndIsCapped() {
        let policy = KISRetryPolicy(baseDelay: .milliseconds(500), maxDelay: .seconds(8))
        #expect(policy.delay(forAttempt: 0, random: 0) == .milliseconds(250))
        #expect(policy.delay(forAttempt: 0, random: 1) == .milliseconds(500))
        #expect(policy.delay(forAttempt: 3, random: 1) == .seconds(4))
        #expect(policy.delay(forAttempt: 10, random: 1) == .seconds(8))
        #expect(policy.delay(forAttempt: 10, random: 0) == .seconds(4))
    }
}
