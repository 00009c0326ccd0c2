import Foundation
import KISAPI
import LibPQ
import Logging
import Pipeline
import PortfolioModel
import Settings
import Storage
import Sync

/// The pipeline's part of the composition root: the live clock, lock, stages and publishers from the settings.
struct PipelineEnvironment {
    var settings: AppSettings
    var configuration: KISConfiguration
    var database: Database
    var url: String
    var verbose: Bool
    var now: @Sendable () -> Date
    var progress: @Sendable (String) -> Void = { Console.progress($0) }

    /// The render stage: the Cairo/Pango renderer (issue 3) with the `[render]` template.
    /// - Throws: ``CLIError/configuration(_:)`` for a bad template.
    func renderStage(clock: MarketClock?) throws -> any RenderStage {
        try PipelineRenderStage(
            settings: settings.render, database: database, account: configuration.account, mode: configuration.mode,
            clock: clock)
    }

    /// The diagnosis stage (issue 5), when `[diagnosis] provider` is set; `nil` turns it off.
    /// - Throws: ``CLIError/configuration(_:)`` for a bad `[diagnosis]` setting.
    func diagnosisStage() throws -> (any DiagnosisStage)? {
        let environment = ProcessInfo.processInfo.environment
        guard let diagnosis = try PipelineDiagnosisStage.settings(settings.diagnosis, environment: environment) else {
            return nil
        }
        let service = AppEnvironment.diagnosisService(
            diagnosis, database: database, verbose: verbose, now: now, environment: environment)
        return PipelineDiagnosisStage(service: service, account: configuration.account, mode: configuration.mode)
    }

    /// The live dashboard file (`[render] output_path`).
    var dashboard: DashboardFile {
        DashboardFile(url: URL(fileURLWithPath: AppSettings.expand(settings.render.outputPath)))
    }

    /// The archive folder (`[archive] directory`).
    var archiveFolder: URL {
        URL(fileURLWithPath: AppSettings.expand(settings.archive.directory), isDirectory: true)
    }

    /// One rsync publisher per `[publish] destinations` entry.
    var publishers: [any Publisher] {
        settings.publish.destinations.map {
            DestinationPublisher(
                destination: $0.isRemoteDestination ? $0 : AppSettings.expand($0), rsync: settings.publish.rsync,
                retries: settings.publish.retries,
                firstDelay: .milliseconds(Int(settings.publish.retryDelaySeconds * 1000)),
                timeout: .seconds(settings.publish.timeoutSeconds))
        }
    }

    /// The market clock: sessions from `[schedule]`, KIS's calendar (refreshed at most once a day, real mode
    /// only: paper KIS has no chk-holiday), and the override file.
    /// - Parameter refresh: Ask KIS when the cache was not refreshed today (`status` passes `false`).
    /// - Returns: The clock.
    /// - Throws: ``CLIError`` for an unreadable override file; ``StorageError`` when the database fails.
    func marketClock(refresh: Bool) async throws -> MarketClock {
        let client = AppEnvironment.kisClient(configuration, verbose: verbose, now: now)
        var fetch: (@Sendable (TradeDate) async throws -> [MarketDay])?
        if refresh && configuration.mode == .real { fetch = { try await client.fetchMarketCalendar(from: $0) } }
        return try await Self.marketClock(
            settings: settings, database: database, fetch: fetch, now: now(), progress: progress)
    }

    /// The market clock for `settings`: `[schedule]` sessions, the override file, and KIS's calendar as cached in
    /// `database` (refreshed through `fetch` when given; `nil` reads the cache only, as `render` does; without a
    /// database only weekends and the override file are known).
    /// - Throws: ``CLIError`` for an unreadable override file; ``StorageError`` when the database fails.
    static func marketClock(
        settings: AppSettings, database: Database?, fetch: (@Sendable (TradeDate) async throws -> [MarketDay])? = nil,
        now: Date, progress: @escaping @Sendable (String) -> Void = { _ in }
    ) async throws -> MarketClock {
        var overrides = CalendarOverrides()
        if let file = settings.schedule.calendarOverride {
            let path = AppSettings.expand(file)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw CLIError.configuration("[schedule] calendar_override: \(path) cannot be read")
            }
            overrides = try CalendarOverrides(parsing: String(decoding: data, as: UTF8.self), path: path)
        }
        var days: [MarketDay] = []
        if let database {
            let source = MarketCalendarSource(
                fetch: fetch, store: MarketCalendarStore(database: database), progress: progress)
            days = try await source.days(around: now)
        }
        return MarketClock(sessions: MarketClock.sessions(settings.schedule), calendar: days, overrides: overrides)
    }

    /// The cycle runner with a dedicated connection for the lock.
    func runner() async throws -> PipelineRunner {
        let engine = AppEnvironment.syncEngine(
            configuration, database: database, verbose: verbose, now: now, progress: { Console.progress("  " + $0) }
        )
        let lockDatabase = AppEnvironment.database(url: url, label: "lock")
        let store = DashboardStore(database: database)
        let (account, mode) = (configuration.account, configuration.mode)
        let clock = try await marketClock(refresh: true)
        return PipelineRunner(
            clock: clock,
            lock: CycleLock(database: lockDatabase, account: account, mode: mode),
            runs: PipelineRunStore(database: database),
            stages: Stages(
                sync: engine, diagnosis: try diagnosisStage(), render: try renderStage(clock: clock),
                publishers: publishers),
            output: dashboard, account: account, mode: mode,
            intradayFolder: settings.archive.keepIntraday ? archiveFolder.appendingPathComponent("intraday") : nil,
            dataTime: { try? await store.latestSnapshot(account: account, mode: mode)?.confirmedAt },
            staleAfter: .seconds(settings.hooks.staleMinutes * 60),
            hook: settings.hooks.onFailure.map {
                FailureHook(command: $0, timeout: .seconds(settings.hooks.timeoutSeconds))
            },
            reaper: RunReaper(store: RunLivenessStore(database: database)), now: now, progress: progress)
    }

    /// The end-of-day archiver.
    func archiver(clock: MarketClock? = nil) throws -> Archiver {
        Archiver(
            store: ArchiveStore(database: database), account: configuration.account, mode: configuration.mode,
            dashboard: dashboard, folder: archiveFolder, render: try renderStage(clock: clock), publishers: publishers,
            intradayRetentionDays: settings.archive.intradayRetentionDays, now: now, progress: progress)
    }
}
