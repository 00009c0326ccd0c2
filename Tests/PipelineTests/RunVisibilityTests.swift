import Foundation
import KISDashTestSupport
import KISSimulator
import LibPQ
import Testing

/// End to end with the built binary (issue 12 §2): a failed sync shows on the PDF, a stopped run is recorded.
@Suite(.requiresDatabase, .enabled(if: FileManager.default.fileExists(atPath: KisdashProcess.binary.path)))
struct RunVisibilityTests {
    static let moment = "2025-12-04T10:30:00+09:00"

    /// A migrated database, the simulator and a settings file writing the PDF under `dir`.
    private func withKisdash(
        _ body: (KisdashProcess, RunningSimulator, Database, URL) async throws -> Void
    ) async throws {
        try await withTemporaryDirectory { dir in
            try await KisdashProcess.withDatabase { url in
                try await withSimulator(now: Self.moment) { sim in
                    let output = dir.appendingPathComponent("Realtime/Kis_Dashboard.pdf")
                    let settings = dir.appendingPathComponent("kisdash.toml")
                    try Data("[render]\noutput_path = \"\(output.path)\"\n".utf8).write(to: settings)
                    let kisdash = try KisdashProcess(
                        sim: sim, databaseURL: url, settings: settings, state: dir.appendingPathComponent("state"),
                        now: Self.moment)
                    #expect(try await kisdash.run(["migrate"]) == 0)
                    let db = Database(configuration: .init(url: url, applicationName: "kisdash-tests-visibility"))
                    try await body(kisdash, sim, db, output)
                    await db.close()
                }
            }
        }
    }

    @Test func aSyncThatFailedThisCycleShowsABannerWithTheLastGoodSyncAndWhy() async throws {
        try await withKisdash { kisdash, sim, _, output in
            #expect(try await kisdash.run(["run"]) == 0)
            await sim.control.setFaults(FaultPlan(rules: [FaultRule(route: "inquire-balance", kind: .http500)]))
            #expect(try await kisdash.run(["run"]) == 1, "a failed sync fails the cycle")
            let text = try Self.pdfText(output)
            #expect(text.contains("동기화 실패 (10:30 KST) · 마지막 정상 동기화 10:30 KST"), "\(text.prefix(400))")
            #expect(text.contains("inquire-balance"), "the reason names what failed")
            let creds = try #require(sim.credentials(.paper))
            for secret in [creds.appKey, creds.appSecret, creds.accountNumber] {
                #expect(!text.contains(secret), "a secret reached the PDF")
            }
        }
    }

    @Test(arguments: [(SIGTERM, "SIGTERM"), (SIGINT, "SIGINT")])
    func aSignalRecordsTheRunAsInterruptedAndExits128PlusIt(signal: Int32, name: String) async throws {
        try await withKisdash { kisdash, sim, db, output in
            // The order inquiry hangs, so the cycle is inside its sync when the signal comes.
            await sim.control.setFaults(
                FaultPlan(rules: [FaultRule(route: "inquire-daily-ccld", kind: .held)]))
            let run = try kisdash.start(["run"])
            try #require(
                try await KisdashProcess.waitFor("SELECT count(*) FROM sync_run WHERE outcome = 'running'", in: db),
                "the run never started its sync")
            kill(run.processIdentifier, signal)
            _ = await run.exited()
            #expect(run.terminationReason == .exit)
            #expect(run.terminationStatus == 128 + signal)
            let cycle = try await db.withConnection { conn in
                try conn.query(
                    "SELECT outcome, message, ended_at IS NOT NULL FROM pipeline_run", as: (String, String?, Bool).self)
            }
            #expect(cycle.map(\.0) == ["interrupted"])
            #expect(cycle.first?.1 == "interrupted by \(name)")
            #expect(cycle.first?.2 == true)
            let syncs = try await db.withConnection { conn in
                try conn.query("SELECT outcome FROM sync_run", as: String.self)
            }
            #expect(syncs == ["interrupted"])
            #expect(!FileManager.default.fileExists(atPath: output.path), "no dashboard from a stopped cycle")
        }
    }

    static func pdfText(_ pdf: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
        process.arguments = ["-l", "1", pdf.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
