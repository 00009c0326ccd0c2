package import Foundation
package import PortfolioModel
package import Storage

/// One `kisdash run` cycle: market clock → lock → sync → diagnosis → render → publish, each stage timed.
///
/// - Outside the sessions the cycle does nothing unless forced (`outcome == .nothing`).
/// - One cycle per account at a time (``CycleLock``): a second one throws ``PipelineError`` `.busy` at once.
/// - The dashboard is rendered to a temporary file in the output folder and renamed into place only when it is a
///   complete PDF; any failure before that leaves the previous dashboard as it was.
/// - A failed sync still renders (the dashboard then shows its data as stale) but the cycle counts as failed.
///   A failed diagnosis or remote destination makes it `partial`; a failed render or local write, `failure`.
package struct PipelineRunner: Sendable {
    package var clock: MarketClock
    package var lock: CycleLock
    package var runs: PipelineRunStore
    package var stages: Stages
    package var output: DashboardFile
    package var account: AccountNumber
    package var mode: TradingMode
    /// Where timestamped intraday copies go (`<folder>/YYYY-MM-DD/`), or `nil` to keep none.
    package var intradayFolder: URL?
    /// The newest data's time (for the stale check), and the stale threshold while a session is open.
    package var dataTime: @Sendable () async -> Date?
    package var staleAfter: Duration
    package var hook: FailureHook?
    /// Marks runs left `running` by dead processes as abandoned once this cycle holds the lock (`nil`: skip).
    package var reaper: RunReaper?
    package var now: @Sendable () -> Date
    package var progress: @Sendable (String) -> Void

    /// Creates a runner.
    package init(
        clock: MarketClock, lock: CycleLock, runs: PipelineRunStore, stages: Stages, output: DashboardFile,
        account: AccountNumber, mode: TradingMode, intradayFolder: URL? = nil,
        dataTime: @escaping @Sendable () async -> Date? = { nil }, staleAfter: Duration = .seconds(1800),
        hook: FailureHook? = nil, reaper: RunReaper? = nil, now: @escaping @Sendable () -> Date = { Date() },
        progress: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.clock = clock
        self.lock = lock
        self.runs = runs
        self.stages = stages
        self.output = output
        self.account = account
        self.mode = mode
        self.intradayFolder = intradayFolder
        self.dataTime = dataTime
        self.staleAfter = staleAfter
        self.hook = hook
        self.reaper = reaper
        self.now = now
        self.progress = progress
    }

    /// Runs one cycle.
    /// - Parameters:
    ///   - kind: `.full` or `.light`.
    ///   - force: Run even when the market is closed.
    ///   - interrupt: Returns a signal number when SIGINT/SIGTERM arrives (`nil` if it never will); the stages
    ///     are then cancelled and the run is recorded as `interrupted`.
    /// - Returns: The report (its outcome is the exit code).
    /// - Throws: ``PipelineError`` `.busy` when another cycle holds the lock; ``StorageError`` when the database
    ///   cannot record the run.
    package func run(
        kind: PipelineKind, force: Bool, interrupt: (@Sendable () async -> Int32?)? = nil
    ) async throws -> CycleReport {
        let started = ContinuousClock.now
        let at = now()
        let market = clock.status(at: at)
        if case .closed(let reason) = market, !force {
            progress("market closed: \(reason); nothing to do (use --force to run anyway)")
            return CycleReport(kind: kind, outcome: .nothing, message: reason, duration: ContinuousClock.now - started)
        }
        guard try await lock.tryAcquire() else {
            throw PipelineError(
                .busy, "another kisdash cycle for \(account) (\(mode.koreanLabel)) is running; this one exits")
        }
        let report: CycleReport
        do {
            await reapAbandonedRuns()
            let id = try await runs.begin(account: account, mode: mode, kind: kind, forced: force, startedAt: at)
            report = await runCycle(kind: kind, interrupt: interrupt, started: started)
            try await runs.finish(
                id: id, endedAt: now(), outcome: report.outcome, stages: report.stages, message: report.message)
        } catch {
            await lock.release()
            throw error
        }
        await lock.release()
        await alertIfNeeded(report, market: market)
        return report
    }

    private func alertIfNeeded(_ report: CycleReport, market: SessionStatus) async {
        guard let hook, report.outcome != .interrupted else { return }
        var problems: [String] = []
        if report.outcome == .failure || report.outcome == .partial { problems.append(report.summaryLine) }
        if market.isOpen, let data = await dataTime(), now().timeIntervalSince(data) > staleAfter.inSeconds {
            problems.append("data is stale: newest from \(KST.format(data)) KST")
        }
        guard !problems.isEmpty else { return }
        let summary = "kisdash \(mode.koreanLabel) \(account): " + problems.joined(separator: "; ")
        progress(await hook.run(summary: summary))
    }
}
