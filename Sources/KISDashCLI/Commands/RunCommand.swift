import ArgumentParser
import Foundation
import KISAPI
import LibPQ
import Logging
import Pipeline
import Settings
import Storage

/// `kisdash run`: one scheduled cycle — sync, diagnosis, render, publish.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run one cycle: sync → diagnosis (when configured) → render → publish.",
        discussion: """
            Meant for cron (see `kisdash cron print`). Outside the market sessions (weekends, KIS's holidays, \
            the override file's closures, times outside KRX 09:00–15:30 or NXT 08:00–20:00 when enabled, each \
            widened by [schedule] margin_minutes) it does nothing unless --force. One cycle per account at a time: a second one exits at once. The dashboard \
            is written to a temporary file and renamed into place, then published to each destination (rsync \
            --delay-updates, or copy + rename for a local folder); any failure leaves the previous dashboard \
            untouched. Prints a line per stage on stderr and one summary \
            line on stdout.

            Exit codes:
              0  success
              1  failure (sync, render or the local write failed; the previous dashboard was kept)
              3  nothing to do (market closed or holiday)
              4  partial (dashboard published, but the diagnosis, the intraday copy or a destination failed)
              5  busy (another cycle of this account is running)
              64 configuration error
              130, 143  interrupted by SIGINT, SIGTERM (recorded as interrupted; the stages were stopped)
            """)

    @Flag(help: "Light cycle (the 1-minute job): only prices and minute bars are synced, then re-render.")
    var light = false

    @Flag(help: "Run even when the market is closed.")
    var force = false

    @Flag(help: "Print the cycle as JSON (schema in docs/json.md) instead of the summary line.")
    var json = false

    @OptionGroup(title: "KIS account") var kis: KISOptions
    @OptionGroup(title: "Database") var database: DatabaseOptions
    @OptionGroup(title: "Clock") var clock: ClockOptions

    func run() async throws {
        let env = try await PipelineEnvironment.make(kis: kis, database: database, clock: clock, label: "run")
        let logger = AppEnvironment.logger("kisdash.pipeline", level: env.settings.logging.level)
        let report: CycleReport
        do {
            let runner = try await env.runner()
            // From here SIGINT/SIGTERM stop the cycle's stages and are recorded (exit 128 + the signal).
            report = try await SignalWatch.during { signals in
                try await runner.run(
                    kind: light ? .light : .full, force: force, interrupt: { await SignalWatch.first(of: signals) })
            }
        } catch let error as PipelineError where error.code == .busy {
            if json {
                JSONDocument.print(
                    "run",
                    ["kind": .string(light ? "light" : "full"), "outcome": "busy", "message": .string(error.message)])
            }
            try? FileHandle.standardError.write(contentsOf: Data("kisdash: \(error.message)\n".utf8))
            throw ExitCode(RunExit.busy)
        } catch {
            throw Console.fail(error)
        }
        if json { JSONDocument.print("run", CommandJSON.cycle(report)) } else { print(report.summaryLine) }
        switch report.outcome {
        case .success, .running, .abandoned:
            logger.debug("\(report.summaryLine)")
        case .interrupted:
            logger.warning("\(report.summaryLine)")
            let signal = report.interruptedBy ?? SIGTERM
            _ = Console.fail(
                CLIError.failed("interrupted by \(signal == SIGINT ? "SIGINT" : "SIGTERM")"),
                hint: "recorded as interrupted; the previous dashboard was kept")
            throw ExitCode(128 + signal)
        case .nothing:
            logger.debug("\(report.summaryLine)")
            throw ExitCode(RunExit.nothing)
        case .partial:
            logger.warning("\(report.summaryLine)")
            throw ExitCode(RunExit.partial)
        case .failure:
            logger.error("\(report.summaryLine)")
            throw Console.fail(
                CLIError.failed(report.message ?? "the cycle failed"), hint: "the previous dashboard was kept")
        }
    }
}

/// The exit codes of `run` and `archive` (documented in their help).
enum RunExit {
    static let nothing: Int32 = 3
    static let partial: Int32 = 4
    static let busy: Int32 = 5
}

extension PipelineEnvironment {
    /// Loads settings, configuration and database for an account command (``CommandContext``), applying the
    /// migrations unless `migrate` is false (readers such as `status`).
    static func make(
        kis: KISOptions, database: DatabaseOptions, clock: ClockOptions?, label: String, migrate: Bool = true
    ) async throws -> PipelineEnvironment {
        try await make(
            try CommandContext.load(kis: kis, database: database, clock: clock), label: label, migrate: migrate)
    }

    /// The environment of `context`'s account and database.
    static func make(_ context: CommandContext, label: String, migrate: Bool = true) async throws -> PipelineEnvironment
    {
        let configuration: KISConfiguration
        let connection: (database: Database, url: String)
        do {
            configuration = try context.configuration()
            connection = try await context.database(label: label, migrate: migrate)
        } catch { throw Console.fail(error) }
        return PipelineEnvironment(
            settings: context.settings, configuration: configuration, database: connection.database,
            url: connection.url, verbose: context.verbose, now: context.now)
    }
}
