import Foundation
import PortfolioModel
import Storage

/// The stages of one cycle, in order, collecting their records.
///
/// Used only by ``PipelineRunner``.
struct Cycle {
    let runner: PipelineRunner
    let kind: PipelineKind
    private(set) var records: [PipelineStageRecord] = []
    private(set) var failure: String?
    private(set) var partial: String?
    private(set) var published: URL?

    init(runner: PipelineRunner, kind: PipelineKind) {
        self.runner = runner
        self.kind = kind
    }

    mutating func runStages() async {
        let at = runner.now()
        let syncKind: SyncKind = kind == .light ? .light : .full
        let sync = runner.stages.sync
        if await stage("sync", { try await sync.sync(kind: syncKind) }) == false {
            failure =
                failure ?? "sync failed; the dashboard was rendered from the stored data, with a failed-sync banner"
        }
        if kind == .full, let diagnosis = runner.stages.diagnosis, failure == nil {
            if await stage("diagnosis", { try await diagnosis.diagnose(at: at) }) == false {
                partial = "diagnosis failed; the dashboard shows the previous one"
            }
        }
        guard let render = runner.stages.render else {
            skip("render", "no renderer in this build")
            return
        }
        let output = runner.output
        let temporary = output.temporaryURL()
        let rendered = await stage("render") {
            try output.prepareFolder()
            do {
                let line = try await render.render(to: temporary, at: at)
                try Task.checkCancellation()  // interrupted while drawing: the previous dashboard stays
                let size = try output.install(temporary)
                return "\(line), \(size) bytes → \(output.url.path)"
            } catch {
                try? FileManager.default.removeItem(at: temporary)
                throw error
            }
        }
        guard rendered else {
            failure = failure ?? "render failed; the previous dashboard was kept"
            return
        }
        published = output.url
        await publish(at: at)
    }

    private mutating func publish(at: Date) async {
        if let folder = runner.intradayFolder {
            let day = TradeDate(at)
            let stamp = KST.timeOfDay(at).compact
            let target = folder.appendingPathComponent(day.iso, isDirectory: true)
                .appendingPathComponent("Kis_Dashboard_\(day.compact)_\(stamp).pdf")
            let output = runner.output
            if await stage(
                "intraday copy",
                {
                    try output.copy(to: target); return target.lastPathComponent
                }) == false
            {
                partial = partial ?? "the intraday copy failed"
            }
        }
        for publisher in runner.stages.publishers {
            let file = runner.output.url
            if await stage("publish", { try await publisher.publish(file, into: nil) }) == false {
                partial = partial ?? "publishing to \(publisher.destination) failed; the local dashboard is fine"
            }
        }
    }

    /// Runs one stage with a progress line before and after; returns whether it succeeded.
    private mutating func stage(_ name: String, _ body: () async throws -> String) async -> Bool {
        // Interrupted (SIGINT/SIGTERM): start nothing more, and above all install no dashboard.
        guard !Task.isCancelled else {
            skip(name, "interrupted")
            return false
        }
        runner.progress("\(name): started")
        let started = ContinuousClock.now
        do {
            let detail = try await body()
            let ms = (ContinuousClock.now - started).inMilliseconds
            runner.progress("\(name): ok in \(CycleReport.seconds(ms)) — \(detail)")
            records.append(PipelineStageRecord(name: name, outcome: "success", milliseconds: ms, detail: detail))
            return true
        } catch {
            let ms = (ContinuousClock.now - started).inMilliseconds
            if Task.isCancelled {  // stopped by SIGINT/SIGTERM: not a failure of the stage
                runner.progress("\(name): interrupted after \(CycleReport.seconds(ms))")
                records.append(
                    PipelineStageRecord(name: name, outcome: "interrupted", milliseconds: ms, detail: "interrupted"))
                return false
            }
            let line = String(describing: error).split(separator: "\n").first.map(String.init) ?? "failed"
            runner.progress("\(name): FAILED in \(CycleReport.seconds(ms)) — \(line)")
            records.append(PipelineStageRecord(name: name, outcome: "failure", milliseconds: ms, detail: line))
            return false
        }
    }

    private mutating func skip(_ name: String, _ why: String) {
        runner.progress("\(name): skipped — \(why)")
        records.append(PipelineStageRecord(name: name, outcome: "skipped", milliseconds: 0, detail: why))
    }

    func report(duration: Duration) -> CycleReport {
        let outcome: PipelineOutcome = failure != nil ? .failure : partial != nil ? .partial : .success
        return CycleReport(
            kind: kind, outcome: outcome, stages: records, message: failure ?? partial, published: published,
            duration: duration)
    }
}
