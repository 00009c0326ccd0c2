import Feed
import FeedLive
import Foundation
import KISAPI
import KISDashTestSupport
import KISSimulator
import LibPQ
import PortfolioModel
import Storage
import Testing
import Trading

/// `kisdash feed`'s service against the simulator's WebSocket and real PostgreSQL.
@Suite(.enabled(if: TestDatabase.isEnabled)) struct FeedServiceTests {
    /// Counts calls of a service hook (back-fills, re-renders); tests wait on the count as an event.
    final class Counter: Sendable {
        private let value = Watched(0)
        func bump() { value.update { $0 += 1 } }
        var count: Int { value.value }

        /// Waits until the count satisfies `isMet`.
        func wait(for what: String, until isMet: @escaping @Sendable (Int) -> Bool) async throws {
            try await value.wait(for: what, until: isMet)
        }
    }

    /// The service's clock: time passes only when a test (or ``serveBackoffs()``) advances it.
    let clock = ManualClock()
    /// Every reconnect back-off the service waited, in order.
    let backoffs = Watched<[Duration]>([])
    /// The policy under test: no jitter, so each back-off is exact (50, 100, then 200 ms for ever).
    static let policy = ReconnectPolicy(
        initialDelay: .milliseconds(50), maximumDelay: .milliseconds(200), jitter: 0)
    /// The service's periodic waits (debounce tick, silence check); every other sleep is a reconnect back-off.
    static let ticks: Set<Duration> = [.milliseconds(250), .milliseconds(500)]

    func service(_ h: TradingHarness, backfills: Counter, renders: Counter) throws -> FeedService {
        let client = try h.client()
        let keys = ApprovalKeyCache(client: client)
        let creds = try #require(h.sim.credentials(h.side))
        let clock = clock
        var service = FeedService(
            dependencies: .init(
                url: h.sim.webSocketURL(h.side), account: client.configuration.account, mode: h.mode,
                subscriptions: try SubscriptionPlan(mode: h.mode, htsID: creds.htsId),
                approvalKey: { renew in (renew ? try await keys.renew() : try await keys.key()).value.revealed },
                backfill: { backfills.bump() }, afterFills: { renders.bump() }, store: FeedStore(database: h.database),
                now: { TradingHarness.moment.addingTimeInterval(clock.now.offset.inSeconds) }, clock: clock))
        service.policy = Self.policy
        service.debounce = .milliseconds(200)
        return service
    }

    /// The back-offs the policy prescribes for `count` consecutive drops.
    static func expectedBackoffs(_ count: Int) -> [Duration] {
        (0..<count).map { min(.milliseconds(200), .milliseconds(50 * (1 << min($0, 8)))) }
    }

    func notices(_ h: TradingHarness, _ kind: ExecutionNotice.Kind) async throws -> Int {
        try await FeedStore(database: h.database).noticeCount(
            account: h.client().configuration.account, mode: h.mode, day: TradeDate(TradingHarness.moment), kind: kind)
    }

    /// Runs the service and ``serveBackoffs()`` around `body`.
    func withService(_ h: TradingHarness, _ service: FeedService, _ body: () async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await service.run() }
            group.addTask { try await self.serveBackoffs() }
            try await body()
            group.cancelAll()
        }
    }

    /// Plays the part of time for reconnects: whenever the service sleeps for a back-off, records how long and
    /// advances the clock by exactly that (a drop is an event; the wait after it is the policy's, not the wall's).
    func serveBackoffs() async throws {
        var served = 0
        while true {
            let sleeper = try await clock.waitForSleeper(for: "a reconnect back-off", within: .seconds(86_400)) {
                [served] in $0.id > served && !Self.ticks.contains($0.requested)
            }
            served = sleeper.id
            backoffs.update { $0.append(sleeper.requested) }
            clock.advance(by: sleeper.requested)
        }
    }

    /// Lets debounce ticks pass until `renders` reaches `count`, failing after `limit` ticks.
    ///
    /// The re-render is armed just after the fill is stored, `debounce` (200 ms) after the fill on the service's
    /// clock, so the first or second 250 ms tick after the test sees the fill renders. The debounce loop goes back
    /// to sleep only after a due render, so the count is read when the next tick is asleep.
    func tickDebounce(until renders: Counter, reach count: Int, limit: Int = 2) async throws {
        var tick = try await nextTick(after: 0)
        for _ in 0..<limit where renders.count < count {
            clock.advance(by: clock.now.duration(to: tick.deadline))
            tick = try await nextTick(after: tick.id)
        }
        #expect(renders.count >= count, "no re-render within \(limit) debounce ticks of the fill")
    }

    private func nextTick(after id: Int) async throws -> ManualClock.Sleeper {
        try await clock.waitForSleeper(for: "the debounce tick") { $0.id > id && $0.requested == .milliseconds(250) }
    }

    @Test(arguments: [SimulatorSide.paper, .real])
    func aFillIsStoredOnceTheJournalFollowsAndTheDashboardIsReRendered(side: SimulatorSide) async throws {
        let faults = FaultPlan(rules: [FaultRule(route: "*", kind: .wsDuplicate, calls: [1, 2])])
        try await TradingHarness.with(side, faults: faults) { h in
            let (backfills, renders) = (Counter(), Counter())
            try await withService(h, try service(h, backfills: backfills, renders: renders)) {
                try await backfills.wait(for: "the back-fill after subscribing") { $0 == 1 }
                let desk = try h.desk()
                let preview = try await desk.preview(.make(.buy, "005930", "삼성전자", 2, price: 103_000))
                guard case .placed(let order, _) = try await desk.confirm(preview.code) else {
                    Issue.record("not placed"); return
                }
                try await eventually("the fill notice") { try await notices(h, .fill) >= 1 }
                #expect(try await notices(h, .accepted) == 1, "a duplicated frame is one row")
                try await eventually("the journal") {
                    try await h.journal.orders(
                        account: h.client().configuration.account, mode: h.mode, on: order.orderDate
                    )
                    .first?.status == .filled
                }
                try await tickDebounce(until: renders, reach: 1)
                #expect(renders.count == 1)
                #expect(backoffs.value.isEmpty, "no reconnect")
            }
        }
    }

    @Test func garbageExtraFieldsAndMultiRecordFramesDoNotStopTheFeed() async throws {
        let faults = FaultPlan(rules: [
            FaultRule(route: "*", kind: .wsGarbage, calls: [1]), FaultRule(route: "*", kind: .wsExtraFields),
            FaultRule(route: "*", kind: .wsMultiRecord),
        ])
        try await TradingHarness.with(.paper, faults: faults) { h in
            let backfills = Counter()
            try await withService(h, try service(h, backfills: backfills, renders: Counter())) {
                try await backfills.wait(for: "the back-fill after subscribing") { $0 == 1 }
                let desk = try h.desk()
                let preview = try await desk.preview(.make(.buy, "005930", "삼성전자", 1, price: 103_000))
                _ = try await desk.confirm(preview.code)
                try await eventually("both notices") {
                    let accepted = try await notices(h, .accepted)
                    let fills = try await notices(h, .fill)
                    return accepted == 1 && fills >= 1
                }
            }
        }
    }

    @Test func aDroppedConnectionReconnectsAndBackFillsAgain() async throws {
        try await TradingHarness.with(.paper) { h in
            let backfills = Counter()
            try await withService(h, try service(h, backfills: backfills, renders: Counter())) {
                try await backfills.wait(for: "the first back-fill") { $0 == 1 }
                for round in 2...4 {
                    await h.sim.control.dropWebSocketConnections()
                    try await backfills.wait(for: "back-fill \(round) after a drop") { $0 == round }
                }
                #expect(backoffs.value == Self.expectedBackoffs(3), "each reconnect waited the policy's back-off")
                let status = try await FeedStore(database: h.database).status(
                    account: h.client().configuration.account, mode: .paper)
                #expect((status?.status.reconnectsToday ?? 0) >= 3)
            }
        }
    }
}
