import ArgumentParser
import Foundation
import KISAPI
import Pipeline
import PortfolioModel
import Storage

/// `kisdash archive`: the end-of-day copy, summary rows and archive index.
struct ArchiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Archive a trading day: final dashboard, kis_daily_summary, kis_deposit_log, the archive index.",
        discussion: """
            Copies the day's final dashboard to reports/archive/YYYY/MM/Kis_Dashboard_YYYY-MM-DD.pdf (re-rendered \
            first when archiving today), fills kis_daily_summary (day P&L, realized P&L, fees, taxes, deposits) \
            and kis_deposit_log, rewrites reports/archive/index.html (one line per day, with its P&L and a link), \
            publishes the archive folder to each destination, and prunes intraday copies older than \
            [archive] intraday_retention_days. End-of-day copies are never pruned. Running it twice for a day \
            replaces, never duplicates. Without --date it archives today, and does nothing on a non-trading day.

            Exit codes: 0 success; 1 failure; 3 nothing to do (not a trading day); 4 partial (archived locally, \
            a destination failed); 64 configuration error.
            """)

    @Option(help: ArgumentHelp("The day to archive (default: today in KST).", valueName: "YYYY-MM-DD"))
    var date: String?

    @OptionGroup(title: "KIS account") var kis: KISOptions
    @OptionGroup(title: "Database") var database: DatabaseOptions
    @OptionGroup(title: "Clock") var clock: ClockOptions

    func validate() throws {
        if let date, TradeDate(date) == nil || date.count != 10 {
            throw ValidationError("--date must be a date like 2025-12-04")
        }
    }

    func run() async throws {
        let env = try await PipelineEnvironment.make(kis: kis, database: database, clock: clock, label: "archive")
        let day = date.flatMap(TradeDate.init) ?? TradeDate(env.now())
        let started = ContinuousClock.now
        let runs = PipelineRunStore(database: env.database)
        do {
            let clock = try await env.marketClock(refresh: true)
            if date == nil, let reason = clock.closure(on: day) {
                print("archive: nothing to do — \(reason)")
                throw ExitCode(RunExit.nothing)
            }
            let id = try await runs.begin(
                account: env.configuration.account, mode: env.configuration.mode, kind: .archive, forced: date != nil,
                startedAt: env.now())
            let archiver = try env.archiver(clock: clock)
            let result: (lines: [String], publishFailures: [String])
            do {
                result = try await archiver.archive(day: day)
            } catch {
                try? await runs.finish(
                    id: id, endedAt: env.now(), outcome: .failure, stages: [], message: String(describing: error))
                throw error
            }
            for line in result.lines { Console.progress("archive: " + line) }
            for line in result.publishFailures { Console.progress("archive: publish FAILED — " + line) }
            let elapsed = ContinuousClock.now - started
            let ms = Int(elapsed.inSeconds * 1000)
            let outcome: PipelineOutcome = result.publishFailures.isEmpty ? .success : .partial
            try await runs.finish(
                id: id, endedAt: env.now(), outcome: outcome,
                stages: [PipelineStageRecord(name: "archive", outcome: "success", milliseconds: ms, detail: day.iso)],
                message: result.publishFailures.first)
            print(
                "archive \(outcome == .success ? "ok" : "partial"): \(day.iso) → \(archiver.archivePath(for: day).path)"
            )
            if outcome == .partial { throw ExitCode(RunExit.partial) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw Console.fail(error)
        }
    }
}
