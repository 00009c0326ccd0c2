import ArgumentParser
import Foundation
import KISAPI
import LibPQ
import Pipeline
import PortfolioModel
import Settings
import Storage

/// `kisdash status`: the last cycles, data age and next runs.
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the last cycles and syncs (when, how long, what failed), the data's age and the next runs.",
        discussion: """
            Reads pipeline_run, sync_run and the latest snapshot; never calls KIS and writes no run. A run still \
            marked running shows as "running (pid N on host)" only while that process lives; once it is gone, as \
            "abandoned" (the next `kisdash run` marks it so). --json for scripts.
            """)

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @Option(help: "How many cycles and syncs to show.")
    var limit = 10

    @OptionGroup(title: "KIS account") var kis: KISOptions
    @OptionGroup(title: "Database") var database: DatabaseOptions
    @OptionGroup(title: "Clock") var clock: ClockOptions

    func run() async throws {
        let env = try await PipelineEnvironment.make(
            kis: kis, database: database, clock: clock, label: "status", migrate: false)
        do {
            let (account, mode) = (env.configuration.account, env.configuration.mode)
            // Read-only: a run left `running` is shown as abandoned when its process is gone, never marked here.
            let reader = env.database.readOnly()
            let cycles = try await PipelineRunStore(database: reader).recent(account: account, mode: mode, limit: limit)
            let syncs = try await SyncRunStore(database: reader).recent(limit: limit)
                .filter { $0.account == account && $0.mode == mode }
            let snapshot = try await DashboardStore(database: env.database).latestSnapshot(account: account, mode: mode)
            let marketClock = try await env.marketClock(refresh: false)
            let schedule = CronSchedule(nxt: env.settings.schedule.nxtEnabled)
            let feed = try await FeedStore(database: env.database).status(account: account, mode: mode)
            if json {
                let document = StatusJSON(
                    account: account, mode: mode, now: env.now(), clock: marketClock, schedule: schedule,
                    dataTime: snapshot?.confirmedAt, staleMinutes: env.settings.hooks.staleMinutes, cycles: cycles,
                    syncs: syncs, feed: feed.map { ($0.status, $0.savedAt) })
                JSONDocument.print("status", document.fields)
            } else {
                let report = StatusReport(
                    account: account, mode: mode, now: env.now(), clock: marketClock, schedule: schedule,
                    dataTime: snapshot?.confirmedAt, staleMinutes: env.settings.hooks.staleMinutes, cycles: cycles,
                    syncs: syncs)
                print(report.text)
                print(FeedStatusText.line(feed?.status, savedAt: feed?.savedAt, now: env.now()))
            }
        } catch { throw Console.fail(error) }
    }
}
