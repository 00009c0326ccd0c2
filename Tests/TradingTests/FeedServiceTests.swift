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
                try await renders.wait(for: "the debounced re-render") { $0 == 1 }
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
                let status = try await FeedStore(database: h.database).status(
                    account: h.client().configuration.account, mode: .paper)
                #expect((status?.status.reconnectsToday ?? 0) >= 3)
            }
        }
    }
}
