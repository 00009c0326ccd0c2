import Feed
import FeedLive
import Foundation
import KISAPI
import KISDashTestSupport
import KISSimulator
import LibPQ
import PortfolioModel
import Storage
import Synchronization
import Testing
import Trading

/// `kisdash feed`'s service against the simulator's WebSocket and real PostgreSQL.
@Suite(.enabled(if: TestDatabase.isEnabled)) struct FeedServiceTests {
    final class Counter: Sendable {
        private let value = Mutex(0)
        func bump() { value.withLock { $0 += 1 } }
        var count: Int { value.withLock { $0 } }
    }

    /// Polls `condition` for at most 30 s (frames cross a real loopback socket; the bound only tells "late" from
    /// "never" on a loaded machine, it times nothing).
    func eventually(_ what: String, _ condition: () async throws -> Bool) async throws {
        // Returns as soon as it holds; the bound only separates "eventually" from "never" on a loaded machine.
        let deadline = ContinuousClock.now + .seconds(90)
        while ContinuousClock.now < deadline {
            if try await condition() { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("timed out waiting for \(what)")
    }

    func service(_ h: TradingHarness, backfills: Counter, renders: Counter) throws -> FeedService {
        let client = try h.client()
        let keys = ApprovalKeyCache(client: client)
        let start = Date()
        let creds = try #require(h.sim.credentials(h.side))
        var service = FeedService(
            dependencies: .init(
                url: h.sim.webSocketURL(h.side), account: client.configuration.account, mode: h.mode,
                subscriptions: try SubscriptionPlan(mode: h.mode, htsID: creds.htsId),
                approvalKey: { renew in (renew ? try await keys.renew() : try await keys.key()).value.revealed },
                backfill: { backfills.bump() }, afterFills: { renders.bump() }, store: FeedStore(database: h.database),
                now: { TradingHarness.moment.addingTimeInterval(Date().timeIntervalSince(start)) }))
        service.policy = ReconnectPolicy(initialDelay: .milliseconds(50), maximumDelay: .milliseconds(200))
        service.debounce = .milliseconds(200)
        return service
    }

    func notices(_ h: TradingHarness, _ kind: ExecutionNotice.Kind) async throws -> Int {
        try await FeedStore(database: h.database).noticeCount(
            account: h.client().configuration.account, mode: h.mode, day: TradeDate(TradingHarness.moment), kind: kind)
    }

    func withService(_ h: TradingHarness, _ service: FeedService, _ body: () async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await service.run() }
            try await body()
            group.cancelAll()
        }
    }

    @Test(arguments: [SimulatorSide.paper, .real])
    func aFillIsStoredOnceTheJournalFollowsAndTheDashboardIsReRendered(side: SimulatorSide) async throws {
        let faults = FaultPlan(rules: [FaultRule(route: "*", kind: .wsDuplicate, calls: [1, 2])])
        try await TradingHarness.with(side, faults: faults) { h in
            let (backfills, renders) = (Counter(), Counter())
            try await withService(h, try service(h, backfills: backfills, renders: renders)) {
                try await eventually("the back-fill after subscribing") { backfills.count == 1 }
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
                try await eventually("the debounced re-render") { renders.count == 1 }
            }
        }
    }

    @Test func garbageExtraFieldsAndMultiRecordFramesDoNotStopTheFeed() async throws {
        let faults = FaultPlan(rules: [
            FaultRule(route: "*", kind: .wsGarbage, calls: [1]), FaultRule(route: "*", kind: .wsExtraFields),
            FaultRule(route: "*", kind: .wsMultiRecord),
        ])
        try await TradingHarness.with(.paper, faults: faults) { h in
            try await withService(h, try service(h, backfills: Counter(), renders: Counter())) {
                try await Task.sleep(for: .milliseconds(300))
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
                try await eventually("the first back-fill") { backfills.count == 1 }
                for round in 2...4 {
                    await h.sim.control.dropWebSocketConnections()
                    try await eventually("back-fill \(round) after a drop") { backfills.count == round }
                }
                let status = try await FeedStore(database: h.database).status(
                    account: h.client().configuration.account, mode: .paper)
                #expect((status?.status.reconnectsToday ?? 0) >= 3)
            }
        }
    }
}
