import Foundation
import KISDashTestSupport
import LibPQ
import Pipeline
import PortfolioModel
import Storage
import Synchronization
import Testing

@Suite(.requiresDatabase) struct PipelineRunnerTests {
    @Test func aFullCycleSyncsRendersPublishesAndRecordsItsStages() async throws {
        try await withPipeline { h in
            let drive = h.dir.appendingPathComponent("drive")
            try FileManager.default.createDirectory(at: drive, withIntermediateDirectories: true)
            let lines = Mutex<[String]>([])
            let report = try await h.runner(
                publishers: [DestinationPublisher(destination: drive.path)],
                lines: { l in lines.withLock { $0.append(l) } }
            ).run(kind: .full, force: false)
            #expect(report.outcome == .success, "\(report.summaryLine)")
            #expect(report.stages.map(\.name) == ["sync", "render", "publish"])
            #expect(report.summaryLine.hasPrefix("run ok (full): sync "))
            #expect(lines.withLock { $0 }.contains { $0.hasPrefix("render: ok in ") })
            #expect(try DashboardFile.checkPDF(h.output.url) > 0)
            #expect(
                try Data(contentsOf: drive.appendingPathComponent("Kis_Dashboard.pdf"))
                    == Data(contentsOf: h.output.url))
            let runs = try await PipelineRunStore(database: h.db).recent(account: h.account, mode: h.mode, limit: 5)
            #expect(runs.count == 1 && runs.first?.outcome == .success && runs.first?.stages.count == 3)
        }
    }

    @Test func outsideTheSessionNothingIsDoneUnlessForced() async throws {
        try await withPipeline { h in
            let evening = TradeDate(year: 2025, month: 12, day: 4)!.at(KSTTime(hour: 19, minute: 0)!)
            let idle = try await h.runner(now: { evening }).run(kind: .full, force: false)
            #expect(idle.outcome == .nothing && idle.stages.isEmpty && h.renderer.renders == 0)
            let holiday = MarketDay(
                date: TradeDate(PipelineHarness.moment), isBusinessDay: false, isTradingDay: false, isOpen: false,
                isSettlementDay: false)
            let closed = try await h.runner(calendar: [holiday]).run(kind: .full, force: false)
            #expect(closed.outcome == .nothing && closed.message?.contains("market holiday") == true)
            let forced = try await h.runner(now: { evening }).run(kind: .full, force: true)
            #expect(forced.outcome == .success && h.renderer.renders == 1)
        }
    }

    @Test func aSecondRunWhileOneHoldsTheLockExitsAtOnce() async throws {
        try await withPipeline { h in
            let holder = try h.lock()
            #expect(try await holder.tryAcquire())
            let started = ContinuousClock.now
            let error = await #expect(throws: PipelineError.self) {
                try await h.runner().run(kind: .full, force: false)
            }
            #expect(error?.code == .busy && error?.message.contains("is running") == true)
            // The holder releases only later, so a wait would never end; the bound only has to tell "at once" from
            // "never" and stay above a stalled CI host's pauses (28 s seen).
            #expect(ContinuousClock.now - started < .seconds(60), "refused at once, not after waiting for the lock")
            #expect(h.renderer.renders == 0)
            await holder.release()
            #expect(try await h.runner().run(kind: .full, force: false).outcome == .success)
        }
    }

    @Test func aReadOnlyOutputFolderKeepsThePreviousDashboardAndFails() async throws {
        try await withPipeline { h in
            #expect(try await h.runner().run(kind: .full, force: false).outcome == .success)
            let previous = try Data(contentsOf: h.output.url)
            let folder = h.output.url.deletingLastPathComponent()
            try Folders.makeReadOnly(folder)
            defer { Folders.makeWritable(folder) }
            let report = try await h.runner().run(kind: .full, force: false)
            #expect(report.outcome == .failure)
            #expect(report.stages.last?.detail?.contains("not writable") == true)
            #expect(try Data(contentsOf: h.output.url) == previous)
        }
    }

    /// A full disk: the output folder is a 256 KiB tmpfs (root only), the new PDF does not fit.
    @Test(.enabled(if: Folders.isRoot)) func aFullDiskKeepsThePreviousDashboardAndFails() async throws {
        try await withPipeline { h in
            let folder = h.output.url.deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            guard (try? Folders.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", folder.path])) != nil else {
                return  // no mount permission here (a container without CAP_SYS_ADMIN): nothing to test
            }
            defer { try? Folders.run(["umount", folder.path]) }
            #expect(try await h.runner().run(kind: .full, force: false).outcome == .success)
            let previous = try Data(contentsOf: h.output.url)
            h.renderer.setMode(.large)
            let report = try await h.runner().run(kind: .full, force: false)
            #expect(report.outcome == .failure, "\(report.summaryLine)")
            #expect(try Data(contentsOf: h.output.url) == previous)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Kis_Dashboard.pdf"])
        }
    }

    @Test(arguments: [TestRenderer.Mode.fail, .truncated])
    func aFailedRenderKeepsThePreviousDashboard(mode: TestRenderer.Mode) async throws {
        try await withPipeline { h in
            #expect(try await h.runner().run(kind: .full, force: false).outcome == .success)
            let previous = try Data(contentsOf: h.output.url)
            h.renderer.setMode(mode)
            let report = try await h.runner().run(kind: .full, force: false)
            #expect(report.outcome == .failure && report.message?.contains("previous dashboard was kept") == true)
            #expect(try Data(contentsOf: h.output.url) == previous)
            let folder = h.output.url.deletingLastPathComponent()
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Kis_Dashboard.pdf"])
        }
    }

    @Test func aFailingDestinationMakesTheCyclePartialButPublishesLocally() async throws {
        try await withPipeline { h in
            let missing = h.dir.appendingPathComponent("unplugged-drive").path
            let report = try await h.runner(publishers: [DestinationPublisher(destination: missing, retries: 0)])
                .run(kind: .full, force: false)
            #expect(report.outcome == .partial && report.published == h.output.url)
            #expect(report.message?.contains("unplugged-drive") == true)
        }
    }

    @Test func aLightCycleSyncsPricesAndReRenders() async throws {
        try await withPipeline { h in
            _ = try await h.runner().run(kind: .full, force: false)
            let report = try await h.runner().run(kind: .light, force: false)
            #expect(report.outcome == .success && h.renderer.renders == 2)
            #expect(report.stages.first?.detail?.hasPrefix("light sync ok") == true)
        }
    }
}
