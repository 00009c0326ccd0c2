import Foundation
import PortfolioModel
import Storage

extension PipelineRunner {
    /// What ended the race between the stages and a signal.
    private enum Ending: Sendable {
        case finished(Cycle)
        case signal(Int32?)
    }

    /// Runs the stages; a signal from `interrupt` cancels them, and the report then says `interrupted`.
    ///
    /// The stages run in a child task so that only they are cancelled: this task still records the run and
    /// releases the lock. The cancelled stages are awaited, so their records (what had finished, what was cut
    /// short) are kept.
    func runCycle(kind: PipelineKind, interrupt: (@Sendable () async -> Int32?)?, started: ContinuousClock.Instant)
        async -> CycleReport
    {
        guard let interrupt else {
            var cycle = Cycle(runner: self, kind: kind)
            await cycle.runStages()
            return cycle.report(duration: ContinuousClock.now - started)
        }
        let (finished, signal) = await withTaskGroup(of: Ending.self) { group in
            group.addTask {
                var cycle = Cycle(runner: self, kind: kind)
                await cycle.runStages()
                return .finished(cycle)
            }
            group.addTask { .signal(await interrupt()) }
            var finished: Cycle?
            var signal: Int32?
            while let ending = await group.next() {
                switch ending {
                case .finished(let cycle):
                    finished = cycle
                    group.cancelAll()
                case .signal(let number?) where finished == nil:
                    signal = number
                    group.cancelAll()
                case .signal:
                    break
                }
            }
            return (finished, signal)
        }
        var report = (finished ?? Cycle(runner: self, kind: kind)).report(duration: ContinuousClock.now - started)
        if let signal {
            report.outcome = .interrupted
            report.interruptedBy = signal
            report.message = "interrupted by \(Self.signalName(signal))"
            progress("cycle interrupted by \(Self.signalName(signal))")
        }
        return report
    }

    /// `SIGTERM`, `SIGINT`, or `signal N`.
    static func signalName(_ number: Int32) -> String {
        switch number {
        case SIGTERM: "SIGTERM"
        case SIGINT: "SIGINT"
        default: "signal \(number)"
        }
    }

    /// Marks rows that dead runs left `running` as abandoned (never fatal: a line on failure).
    func reapAbandonedRuns() async {
        guard let reaper else { return }
        do {
            for line in try await reaper.reap(account: account, mode: mode, holdsCycleLock: true, at: now()) {
                progress(line)
            }
        } catch {
            progress("could not check for abandoned runs: \(error)")
        }
    }
}
