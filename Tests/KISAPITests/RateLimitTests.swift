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
            await limiter.complete(try await limiter.acquire())
            grants.append(clock.elapsed)
        }
        #expect(grants == [.zero, .zero, .milliseconds(1100), .milliseconds(1100), .milliseconds(2200)])
    }

    /// A slot ends one window after the response: a reply that took 300 ms pushes the next grant 300 ms later.
    @Test func aSlotEndsOneWindowAfterItsResponse() async throws {
        let clock = TestClock()
        let limiter = RateLimiter(limit: 1, window: .seconds(1), clock: clock)
        let first = try await limiter.acquire()
        clock.advance(by: .milliseconds(300))
        await limiter.complete(first)
        _ = try await limiter.acquire()
        #expect(clock.elapsed == .milliseconds(1300))
    }

    /// A call still in flight after a whole window keeps its slot (it may not have arrived yet), and the waiter is
    /// granted one window after its response.
    @Test func aCallInFlightKeepsItsSlotPastTheWindow() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(limit: 1, window: .seconds(1), inFlightLimit: .seconds(30), clock: clock)
        let first = try await limiter.acquire()
        let second = Task {
            _ = try await limiter.acquire()
            return clock.now.offset
        }
        clock.advance(by: .seconds(2))  // no response yet: past the window, the slot is still held
        for _ in 0..<3 { await Task.yield() }
        await limiter.complete(first)
        clock.advance(by: .milliseconds(999))
        clock.advance(by: .milliseconds(40))
        #expect(try await second.value >= .seconds(3), "granted one window after the response, not the grant")
    }

    /// The in-flight limit counts from the send: a call that waited 5 s for the cross-process ledger after its
    /// grant keeps its slot until 10 s after it was sent.
    @Test func theInFlightLimitCountsFromTheSend() async throws {
        let clock = TestClock()
        let limiter = RateLimiter(limit: 1, window: .seconds(1), inFlightLimit: .seconds(10), clock: clock)
        let ticket = try await limiter.acquire()
        clock.advance(by: .seconds(5))
        await limiter.sending(ticket)
        _ = try await limiter.acquire()
        #expect(clock.elapsed >= .seconds(15))
    }

    /// A ticket that is never completed frees its slot after the in-flight limit, so the limiter cannot lock up.
    @Test func aTicketNeverCompletedFreesItsSlotAfterTheInFlightLimit() async throws {
        let clock = TestClock()
        let limiter = RateLimiter(limit: 1, window: .seconds(1), inFlightLimit: .seconds(10), clock: clock)
        _ = try await limiter.acquire()
        _ = try await limiter.acquire()
        #expect(clock.elapsed == .seconds(10))
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
        let window = Duration.seconds(1) + h.configuration(.paper).rateWindowPadding
        #expect(times[2] - times[0] >= window * 2)
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
