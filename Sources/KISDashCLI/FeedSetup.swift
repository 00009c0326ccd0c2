import Feed
import FeedLive
import Foundation
import KISAPI
import Logging
import Pipeline
import PortfolioModel
import Settings
import Storage
import Sync

/// The feed's part of the composition root.
enum FeedSetup {
    /// The service for the configured account.
    /// - Throws: ``CLIError/configuration(_:)`` for a missing HTS id or WebSocket URL.
    static func service(
        _ env: PipelineEnvironment, url: String?, debounce: Double, silence: Double, environment: [String: String]
    ) throws -> FeedService {
        let configuration = env.configuration
        guard let hts = configuration.htsID, !hts.isEmpty else {
            throw CLIError.configuration("the feed subscribes by HTS id: set KIS_HTS_ID")
        }
        let plan: SubscriptionPlan
        do { plan = try SubscriptionPlan(mode: configuration.mode, htsID: hts) } catch {
            throw CLIError.configuration("\(error)")
        }
        let client = AppEnvironment.kisClient(configuration, verbose: env.verbose, now: env.now)
        let keys = ApprovalKeyCache(client: client)
        let engine = AppEnvironment.syncEngine(
            configuration, database: env.database, verbose: env.verbose, now: env.now,
            progress: { Console.progress("feed back-fill: " + $0) })
        let cycle = env
        let logger = AppEnvironment.logger("kisdash.feed", level: env.settings.logging.level)
        let dependencies = FeedService.Dependencies(
            url: try webSocketURL(url, configuration: configuration, environment: environment),
            account: configuration.account, mode: configuration.mode, subscriptions: plan,
            approvalKey: { renew in (renew ? try await keys.renew() : try await keys.key()).value.revealed },
            backfill: { _ = try await engine.run(kind: .full) },
            afterFills: {
                do {
                    let report = try await cycle.runner().run(kind: .full, force: true)
                    Console.progress("feed: fills → \(report.summaryLine)")
                } catch {
                    Console.progress("feed: the re-render after fills failed: \(error)")
                }
            },
            store: FeedStore(database: env.database), now: env.now)
        var service = FeedService(dependencies: dependencies, logger: logger)
        service.debounce = .milliseconds(Int(debounce * 1000))
        service.silenceLimit = .milliseconds(Int(silence * 1000))
        return service
    }

    /// The WebSocket URL: the option, `KIS_WS_URL`, or KIS's own when the REST base is KIS's host.
    static func webSocketURL(_ option: String?, configuration: KISConfiguration, environment: [String: String]) throws
        -> String
    {
        if let url = option ?? environment["KIS_WS_URL"], !url.isEmpty { return url }
        switch configuration.baseURL.host {
        case KISConfiguration.realBaseURL.host: return "ws://ops.koreainvestment.com:21000/tryitout"
        case KISConfiguration.paperBaseURL.host: return "ws://ops.koreainvestment.com:31000/tryitout"
        default:
            throw CLIError.configuration("no WebSocket URL for \(configuration.baseURL.host ?? "?"): set KIS_WS_URL")
        }
    }
}
