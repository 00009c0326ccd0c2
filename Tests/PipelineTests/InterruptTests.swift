import Foundation
import KISDashTestSupport
import LibPQ
import Pipeline
import PortfolioModel
import Settings
import Storage
import Synchronization
import Testing

/// SIGINT/SIGTERM stop the stages, not the recording; dead runs are marked by the next cycle.
@Suite(.requiresDatabase) struct InterruptTests {
    /// A sync that tells when it started and then waits until it is cancelled.
    struct HangingSync: SyncStage {
        let started: AsyncStream<Void>.Continuation
        func sync(kind: SyncKind) async throws -> String {
            started.yield()
            let (never, _) = AsyncStream.makeStream(of: Void.self)
            for await _ in never {}  // ends only when the task is cancelled
            throw CancellationError()
        }
    }

    @Test func aSignalDuringTheSyncRecordsTheCycleAsInterruptedAndRendersNothing() async throws {
        try await withPipeline { h in
            let hooked = h.dir.appendingPathComponent("hook.txt")
            let (started, startedFeed) = AsyncStream.makeStream(of: Void.self)
            var runner = try h.runner()
            runner.stages.sync = HangingSync(started: startedFeed)
            runner.hook = FailureHook(command: "echo ran > '\(hooked.path)'")
            let report = try await runner.run(kind: .full, force: false) {
                for await _ in started { return SIGTERM }
                return nil
            }
            #expect(report.outcome == .interrupted)
            #expect(report.interruptedBy == SIGTERM)
            #expect(report.summaryLine.hasPrefix("run INTERRUPTED (full)"))
            #expect(h.renderer.renders == 0)
            #expect(report.stages.map(\.name) == ["sync", "render"])
            #expect(report.stages.map(\.outcome) == ["interrupted", "skipped"])
            let runs = try await PipelineRunStore(database: h.db).recent(account: h.account, mode: h.mode, limit: 5)
            #expect(runs.map(\.outcome) == [.interrupted])
            #expect(runs.first?.message == "interrupted by SIGTERM" && runs.first?.endedAt != nil)
            #expect(!FileManager.default.fileExists(atPath: hooked.path), "stopping a run is no failure to alert")
            #expect(try await h.lock().tryAcquire(), "the lock was released")
        }
    }

    @Test func aCycleThatFinishesFirstIgnoresALateSignal() async throws {
        try await withPipeline { h in
            let report = try await h.runner().run(kind: .full, force: false) { nil }
            #expect(report.outcome == .success)
        }
    }

    @Test func theNextCycleMarksRunsLeftRunningByDeadProcesses() async throws {
        try await withPipeline { h in
            let at = PipelineHarness.moment.addingTimeInterval(-600)
            let here = RunOwner.current()
            var rebooted = here
            rebooted.bootID = "a-boot-long-ago"
            let elsewhere = RunOwner(pid: 1, host: "another-host", bootID: nil, processStart: nil)
            let runs = PipelineRunStore(database: h.db)
            let syncs = SyncRunStore(database: h.db)
            _ = try await runs.begin(
                account: h.account, mode: h.mode, kind: .full, forced: false, startedAt: at, owner: elsewhere)
            _ = try await runs.begin(
                account: h.account, mode: h.mode, kind: .archive, forced: false, startedAt: at, owner: elsewhere)
            _ = try await syncs.begin(account: h.account, mode: h.mode, kind: .full, startedAt: at, owner: rebooted)
            _ = try await syncs.begin(account: h.account, mode: h.mode, kind: .light, startedAt: at, owner: here)
            let lines = Mutex<[String]>([])
            var runner = try h.runner(lines: { line in lines.withLock { $0.append(line) } })
            runner.reaper = RunReaper(store: RunLivenessStore(database: h.db))
            #expect(try await runner.run(kind: .full, force: false).outcome == .success)
            let cycles = try await runs.recent(account: h.account, mode: h.mode, limit: 5)
            #expect(cycles.map(\.outcome) == [.success, .running, .abandoned])  // newest first; archive kept
            #expect(
                cycles.last?.message?.hasSuffix("no cycle of the account holds the lock (it was pid 1 on another-host)")
                    == true)
            let synced = try await syncs.recent(limit: 5).map(\.outcome)
            #expect(synced == [.success, .running, .abandoned], "the live one (this process) is kept")
            #expect(lines.withLock { $0.filter { $0.contains("abandoned: left running since") }.count } == 2)
        }
    }
}
