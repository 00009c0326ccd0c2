import ArgumentParser
import Feed
import FeedLive
import Foundation
import KISAPI
import Logging
import PortfolioModel
import Storage

#if canImport(Glibc)
    import Glibc
#endif

/// `kisdash feed`: the real-time execution-notice client, run as a service (systemd `Restart=always`).
struct FeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Receive KIS's real-time execution notices (H0STCNI0/H0STCNI9) and keep the dashboard current.",
        discussion: """
            Runs until SIGTERM or SIGINT. Subscribes with the HTS id (KIS_HTS_ID), decrypts the notices, stores each \
            once (feed_notice) and moves the order journal; after every connect and reconnect it syncs today's orders \
            and fills over REST, so a dropped socket never drops a fill. A few seconds after the last fill it runs a \
            cycle (sync → render → publish) under the cycle lock. It reconnects forever with a jittered, capped \
            back-off. `kisdash status` shows the feed. The WebSocket URL: --ws-url, else KIS_WS_URL, else KIS's own \
            (ws://ops.koreainvestment.com:21000, paper :31000) when KIS_BASE_URL is KIS's host.
            """)

    @Option(name: .customLong("ws-url"), help: "The WebSocket URL (default: $KIS_WS_URL, or KIS's for KIS's hosts).")
    var webSocketURL: String?

    @Option(help: "Seconds after the last fill before the dashboard is re-rendered.")
    var debounce: Double = 3

    @Option(help: "Seconds without any frame (not even PINGPONG) after which the connection counts as dead.")
    var silence: Double = 120

    @OptionGroup(title: "KIS account") var kis: KISOptions
    @OptionGroup(title: "Database") var database: DatabaseOptions
    @OptionGroup(title: "Clock") var clock: ClockOptions

    func run() async throws {
        let env = try await PipelineEnvironment.make(kis: kis, database: database, clock: clock, label: "feed")
        let service: FeedService
        do {
            service = try FeedSetup.service(
                env, url: webSocketURL, debounce: debounce, silence: silence,
                environment: ProcessInfo.processInfo.environment)
        } catch { throw Console.fail(error) }
        Console.progress(
            "feed: \(env.configuration.mode.koreanLabel) account \(env.configuration.account), notices via WebSocket")
        await SignalStop.run { await service.run() }
        Console.progress("feed: stopped")
    }
}

/// Runs `body` until it returns or SIGTERM/SIGINT arrives, then cancels it (a clean stop).
enum SignalStop {
    static func run(_ body: @escaping @Sendable () async -> Void) async {
        await SignalWatch.during { signals in
            await withTaskGroup(of: Void.self) { group in
                group.addTask { await body() }
                group.addTask { _ = await SignalWatch.first(of: signals) }
                await group.next()
                group.cancelAll()
            }
        }
    }
}
