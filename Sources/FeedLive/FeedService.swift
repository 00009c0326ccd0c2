package import Feed
package import Foundation
package import Logging
package import PortfolioModel
package import Storage

/// `kisdash feed`: the long-running execution-notice client.
///
/// It never gives up.
///
/// One session: approval key → connect → subscribe → REST back-fill of today's executions (so a dropped
/// socket never drops a fill) → read frames until the socket ends or goes silent. Then it waits the jittered,
/// capped back-off of ``ReconnectSchedule`` and starts again, with a fresh approval key when KIS refused the
/// old one. Notices go to ``FeedStore``; fills arm a debounced re-render.
package struct FeedService: Sendable {
    /// Everything the service needs from outside, as values and closures (tests give fakes or the simulator).
    package struct Dependencies: Sendable {
        /// The WebSocket URL, for example `ws://ops.koreainvestment.com:21000/tryitout`.
        package var url: String
        package var account: AccountNumber
        package var mode: TradingMode
        package var subscriptions: SubscriptionPlan
        /// The approval key (cached); `renew` asks KIS for a new one.
        package var approvalKey: @Sendable (_ renew: Bool) async throws -> String
        /// The REST back-fill after each (re)connect: a sync of today's orders and fills.
        package var backfill: @Sendable () async throws -> Void
        /// The debounced action after fills: re-render and publish under the cycle lock.
        package var afterFills: @Sendable () async -> Void
        package var store: FeedStore
        package var now: @Sendable () -> Date
        /// Every wait runs on it: the reconnect back-off, the silence check, the debounce tick.
        package var clock: any Clock<Duration>
        package var random: @Sendable () -> Double

        /// Creates dependencies.
        package init(
            url: String, account: AccountNumber, mode: TradingMode, subscriptions: SubscriptionPlan,
            approvalKey: @escaping @Sendable (Bool) async throws -> String,
            backfill: @escaping @Sendable () async throws -> Void, afterFills: @escaping @Sendable () async -> Void,
            store: FeedStore, now: @escaping @Sendable () -> Date,
            clock: any Clock<Duration> = ContinuousClock(),
            random: @escaping @Sendable () -> Double = { Double.random(in: 0...1) }
        ) {
            self.url = url
            self.account = account
            self.mode = mode
            self.subscriptions = subscriptions
            self.approvalKey = approvalKey
            self.backfill = backfill
            self.afterFills = afterFills
            self.store = store
            self.now = now
            self.clock = clock
            self.random = random
        }
    }

    package var dependencies: Dependencies
    package var policy: ReconnectPolicy = .standard
    /// A session that receives nothing (not even PINGPONG) this long is treated as dead.
    package var silenceLimit: Duration = .seconds(120)
    /// How long after the last fill the dashboard is re-rendered.
    package var debounce: Duration = .seconds(3)
    package let logger: Logger

    /// Creates the service.
    package init(dependencies: Dependencies, logger: Logger = Logger(label: "kisdash.feed")) {
        self.dependencies = dependencies
        self.logger = logger
    }

    /// Runs until cancelled (SIGTERM), reconnecting forever.
    package func run() async {
        let state = FeedState(now: dependencies.now())
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.debounceLoop(state) }
            group.addTask { await self.connectLoop(state) }
            await group.next()
            group.cancelAll()
        }
        await state.stopped(at: dependencies.now())
        await saveStatus(state)
    }

    func connectLoop(_ state: FeedState) async {
        var schedule = ReconnectSchedule(policy: policy)
        var renew = false
        while !Task.isCancelled {
            let started = dependencies.now()
            let ended = await runSession(state, renewKey: renew)
            guard !Task.isCancelled else { return }
            renew = ended.renewKey
            await state.disconnected(at: dependencies.now(), error: ended.reason)
            await saveStatus(state)
            let uptime = ended.wasConnected ? Duration.seconds(dependencies.now().timeIntervalSince(started)) : nil
            let delay = schedule.connectionEnded(after: uptime, random: dependencies.random())
            logger.notice("feed disconnected; reconnecting", metadata: ["reason": "\(ended.reason)", "in": "\(delay)"])
            do { try await dependencies.clock.sleep(for: delay) } catch { return }
        }
    }

    func saveStatus(_ state: FeedState) async {
        let status = await state.status
        try? await dependencies.store.saveStatus(
            status, account: dependencies.account, mode: dependencies.mode, at: dependencies.now())
    }
}
