import Foundation
import KISDashTestSupport
import Testing

/// The shell side of the schedule: the cron wrapper's log and gate, and install-schedule's crontab merge (on a
/// file, never the real crontab).
@Suite struct CronScriptTests {
    /// Runs `script` with `arguments`; returns the exit code and stdout.
    ///
    /// Waits without holding a thread of the
    /// cooperative pool (the wrapper's time-limit case runs for seconds).
    func run(_ script: String, _ arguments: [String], environment: [String: String] = [:]) async throws
        -> (Int32, String)
    {
        let process = Process()
        process.executableURL = Folders.packageRoot.appendingPathComponent(script)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["KISDASH_CONFIG"] = nil
        env["KISDASH_LOG_FILE"] = nil
        process.environment = env.merging(environment) { $1 }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("cron-out-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: file) }
        let handle = try FileHandle(forWritingTo: file)
        process.standardOutput = handle
        try process.run()
        let status = await process.exited()
        try handle.close()
        return (status, try String(contentsOf: file, encoding: .utf8))
    }

    @Test func theWrapperLogsEachLineToTheConfiguredLogAndTheExitCode() async throws {
        try await withTemporaryDirectory { dir in
            let fake = dir.appendingPathComponent("kisdash")
            let log = dir.appendingPathComponent("custom/cron.log")
            try """
            #!/bin/sh
            if [ "$1" = cron ]; then echo "KISDASH_LOG_FILE=\(log.path)"; exit 0; fi
            echo "run nothing: market closed"; echo "progress on stderr" >&2; exit 3
            """.write(to: fake, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
            let env = ["KISDASH_BIN": fake.path, "KISDASH_ENV_FILE": dir.appendingPathComponent("none").path]

            let (gated, _) = try await run("cron/kisdash-cron.sh", ["--utc-offset", "+1234", "run"], environment: env)
            #expect(gated == 0 && !FileManager.default.fileExists(atPath: log.path))

            let (code, _) = try await run(
                "cron/kisdash-cron.sh", ["--timeout", "20", "run", "--light"], environment: env)
            let text = try String(contentsOf: log, encoding: .utf8)
            #expect(code == 3)
            #expect(text.contains("kisdash run --light → started (limit 20s)"))
            #expect(text.contains("    [run --light] run nothing: market closed\n"))
            #expect(text.contains("    [run --light] progress on stderr\n"))
            #expect(text.contains("kisdash run --light → exit 3 (nothing to do)"))
        }
    }

    @Test func installScheduleAddsItsBlockOnceAndRemovesOnlyIt() async throws {
        let binary = Folders.packageRoot.appendingPathComponent(".build/debug/kisdash")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "build kisdash first")
        try await withTemporaryDirectory { dir in
            let crontab = dir.appendingPathComponent("crontab")
            let user = "MAILTO=me@example.com\n0 3 * * * /usr/local/bin/backup\n"
            try user.write(to: crontab, atomically: true, encoding: .utf8)
            let args = [
                "--crontab-file", crontab.path, "--kisdash", binary.path, "--install-dir", dir.path, "--zone", "UTC",
            ]
            let (first, said) = try await run("scripts/install-schedule.sh", args)
            let installed = try String(contentsOf: crontab, encoding: .utf8)
            #expect(first == 0 && said.contains("installed"))
            #expect(installed.hasPrefix(user) && installed.contains("# BEGIN kisdash"))
            #expect(installed.contains("55 23 * * 0-4 \(dir.path)/cron/kisdash-cron.sh --timeout 540 run\n"))

            let (second, again) = try await run("scripts/install-schedule.sh", args)
            #expect(second == 0 && again.contains("unchanged"))
            #expect(try String(contentsOf: crontab, encoding: .utf8) == installed)

            let (removed, _) = try await run("scripts/install-schedule.sh", args + ["--remove"])
            let after = try String(contentsOf: crontab, encoding: .utf8)
            #expect(removed == 0 && after == user)
        }
    }
}
