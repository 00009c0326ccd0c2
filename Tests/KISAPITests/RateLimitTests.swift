import Foundation
import HTTPTransport
import KISDashTestSupport
import PortfolioModel
import Testing

@testable import KISAPI

/// Spacing calls under the per-second limit, shared per app key.
@Suite struct RateLimitTests {
    @Test func limiterNeverLetsMoreThanTheLimitIntoAWindow() async throws {
        let clock = TestClock()
        let limiter = RateLimiter(limit: 2, window: .milliseconds(1100), clock: clock)
        var grants: [Duration] = []
        for _ in 0..<5 {
            try await limiter.acquire()
            grants.append(clock.elapsed)
        }
        #expect(grants == [.zero, .zero, .milliseconds(1100), .milliseconds(1100), .milliseconds(2200)])
    }

    @Test func paperCallsAreSpacedMoreThanOneSecondApart() async throws {
        let h = try Harness()
        h.transport.script("inquire-price", repeatLast: true, try .fixture("inquire-price"))
        let client = h.client(.paper)
        let code = try #require(StockCode("005930"))
        for _ in 0..<3 { _ = try await client.fetchQuote(code) }
        let times = zip(h.transport.requests, h.transport.sendTimes).filter { $0.0.path.hasSuffix("inquire-price") }
            .map(\.1)
        #expect(times.count == 3)
        for (earlier, later) in zip(times, times.dropFirst()) {
            #expect(later - earlier >= .seconds(1))
        }
    }

    @Test func clientsWithTheSameAppKeyShareOneLimiter() async throws {
        let h = try Harness()
        h.transport.script("inquire-price", repeatLast: true, try .fixture("inquire-price"))
        let code = try #require(StockCode("005930"))
        let first = h.client(.paper)
        let second = h.client(.paper)
        _ = try await first.fetchQuote(code)
        _ = try await second.fetchQuote(code)
        _ = try await first.fetchQuote(code)
        let times = zip(h.transport.requests, h.transport.sendTimes).filter { $0.0.path.hasSuffix("inquire-price") }
            .map(\.1)
        #expect(times.count == 3)
        #expect(times[2] - times[0] >= .milliseconds(2200))
    }

    @Test func realModeAllowsEighteenCallsPerWindowByDefault() async throws {
        let h = try Harness()
        #expect(h.configuration(.real).requestsPerSecond == 18)
        #expect(h.configuration(.paper).requestsPerSecond == 1)
        h.transport.script("inquire-price", repeatLast: true, try .fixture("inquire-price"))
        let client = h.client()
        let code = try #require(StockCode("005930"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<20 { group.addTask { _ = try await client.fetchQuote(code) } }
            try await group.waitForAll()
        }
        let times = zip(h.transport.requests, h.transport.sendTimes).filter { $0.0.path.hasSuffix("inquire-price") }
            .map(\.1).sorted()
        #expect(times.count == 20)
        for (index, time) in times.enumerated() where index >= 18 {
            #expect(time - times[index - 18] >= .seconds(1))
        }
    }
}
