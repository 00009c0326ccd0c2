import Foundation
import KISDashTestSupport
import KISSimulator
import LibPQ
import Pipeline
import PortfolioModel
import Storage
import Testing

/// End to end with the built binary: a cycle killed with SIGKILL leaves no lock and no partial PDF; `status`
/// shows it as abandoned without writing, and the next run marks it so.
@Suite(.requiresDatabase, .enabled(if: FileManager.default.fileExists(atPath: KisdashProcess.binary.path)))
struct KilledRunTests {
    @Test func aRunKilledMidCycleLeavesNoStaleLockAndTheNextRunSucceeds() async throws {
        try await withTemporaryDirectory { dir in
            try await KisdashProcess.withDatabase { url in
                try await withSimulator(now: "2025-12-04T10:30:00+09:00") { sim in
                    let output = dir.appendingPathComponent("Realtime/Kis_Dashboard.pdf")
                    let settings = dir.appendingPathComponent("kisdash.toml")
                    try Data("[render]\noutput_path = \"\(output.path)\"\n".utf8).write(to: settings)
                    let kisdash = try KisdashProcess(
                        sim: sim, databaseURL: url, settings: settings, state: dir.appendingPathComponent("state"),
                        now: "2025-12-04T10:30:00+09:00")
                    #expect(try await kisdash.run(["migrate"]) == 0)
                    // The order inquiry hangs, so the cycle is inside its sync, holding the lock, when it is killed.
                    await sim.control.setFaults(
                        FaultPlan(rules: [FaultRule(route: "inquire-daily-ccld", kind: .held)]))
                    let victim = try kisdash.start(["run"])
                    let db = Database(configuration: .init(url: url, applicationName: "kisdash-tests-kill"))
                    try #require(
                        try await KisdashProcess.waitFor(
                            "SELECT count(*) FROM pipeline_run WHERE outcome = 'running'", in: db),
                        "the first run never started its cycle")
                    let holder = CycleLock(
                        database: Database(configuration: .init(url: url)),
                        account: try #require(AccountNumber("50123456-01")),
                        mode: .paper)
                    #expect(try await holder.tryAcquire() == false, "the running cycle holds the lock")
                    kill(victim.processIdentifier, SIGKILL)
                    _ = await victim.exited()
                    #expect(victim.terminationReason == .uncaughtSignal)

                    await sim.control.clearFaults()
                    // Let the dead client's held reply go: its handler would otherwise wait until the simulator
                    // stops (Hummingbird does not cancel a handler whose client died).
                    sim.control.releaseHeldReplies()
                    // The killed run's backend notices its closed socket and exits by itself; nothing announces it.
                    try await eventually("the killed run's lock to be released with its connection") {
                        try await holder.tryAcquire()
                    }
                    await holder.release()

                    // `status` tells the dead run from a live one, and writes nothing.
                    let status = try await kisdash.output(["status"])
                    #expect(status.status == 0)
                    let pid = victim.processIdentifier
                    #expect(status.stdout.contains("abandoned (pid \(pid) on "), "\(status.stdout)")
                    #expect(!status.stdout.contains("running"), "\(status.stdout)")
                    let stillRunning = try await db.withConnection { conn in
                        try conn.query("SELECT count(*) FROM pipeline_run WHERE outcome = 'running'", as: Int.self)
                    }
                    #expect(stillRunning == [1], "status is read-only")
                    #expect(!FileManager.default.fileExists(atPath: output.path), "no partial PDF")

                    #expect(try await kisdash.run(["run"]) == 0)
                    #expect(try DashboardFile.checkPDF(output) > 1000)
                    let files = try FileManager.default.contentsOfDirectory(
                        atPath: output.deletingLastPathComponent().path)
                    #expect(files == ["Kis_Dashboard.pdf"])
                    let outcomes = try await db.withConnection { conn in
                        try conn.query("SELECT outcome FROM pipeline_run ORDER BY id", as: String.self)
                    }
                    #expect(outcomes == ["abandoned", "success"], "the next run marks the killed one")
                    let syncs = try await db.withConnection { conn in
                        try conn.query("SELECT outcome FROM sync_run ORDER BY id", as: String.self)
                    }
                    #expect(syncs == ["abandoned", "success"])
                    await db.close()
                }
            }
        }
    }
}
