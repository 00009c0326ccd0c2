import Foundation
import KISDashTestSupport
import KISSimulator
import Testing

/// Every command honours the same settings file (the built binary, a simulator, a database of its own).
@Suite(.requiresDatabase, .enabled(if: FileManager.default.fileExists(atPath: KisdashProcess.binary.path)))
struct SettingsEverywhereTests {
    /// The commands that use the database, with the arguments that make them run on the default paper account.
    static let databaseCommands: [[String]] = [
        ["migrate"], ["sync"], ["summary"], ["status"], ["render"], ["diagnose"], ["run", "--force"],
        ["archive", "--date", "2025-12-04"], ["doctor"], ["orders"],
    ]

    private func withKisdash(
        _ toml: (URL) -> String, _ body: (KisdashProcess, URL) async throws -> Void
    ) async throws {
        try await withTemporaryDirectory { dir in
            try await KisdashProcess.withDatabase { url in
                try await withSimulator(now: "2025-12-04T10:30:00+09:00") { sim in
                    let settings = dir.appendingPathComponent("kisdash.toml")
                    try Data(toml(dir).replacingOccurrences(of: "$URL", with: url).utf8).write(to: settings)
                    let kisdash = try KisdashProcess(
                        sim: sim, databaseURL: url, settings: settings, state: dir.appendingPathComponent("state"),
                        now: "2025-12-04T10:30:00+09:00")
                    try await body(kisdash, dir)
                }
            }
        }
    }

    @Test func theDatabaseURLOfTheSettingsFileReachesEveryCommand() async throws {
        try await withKisdash({ dir in
            "[database]\nurl = \"$URL\"\n[render]\noutput_path = \"\(dir.path)/out/Kis_Dashboard.pdf\"\n"
                + "[archive]\ndirectory = \"\(dir.path)/archive\"\n"
        }) { kisdash, dir in
            for command in Self.databaseCommands {
                let result = try await kisdash.capture(command, changing: ["DATABASE_URL": nil])
                #expect(
                    result.status == 0,
                    "\(command): \(result.stderr)\(result.stdout.replacingOccurrences(of: "\n", with: " | "))")
            }
            #expect(FileManager.default.fileExists(atPath: dir.path + "/out/Kis_Dashboard.pdf"))
            #expect(FileManager.default.fileExists(atPath: dir.path + "/archive/index.html"))
        }
    }

    @Test func anUnreachableDatabaseInTheSettingsFileFailsEveryCommandNamingIt() async throws {
        try await withKisdash({ _ in "[database]\nurl = \"postgresql://postgres@127.0.0.1:1/none\"\n" }) { kisdash, _ in
            for command in Self.databaseCommands {
                let result = try await kisdash.capture(command, changing: ["DATABASE_URL": nil])
                #expect(result.status != 0, "\(command) ignored [database] url")
                #expect(result.stderr.contains("127.0.0.1") || result.stdout.contains("127.0.0.1"), "\(command)")
                #expect(
                    !result.stderr.contains("StorageError") && !result.stderr.contains("PGError"), "\(result.stderr)")
            }
        }
    }

    @Test(arguments: [["render"], ["run", "--force"], ["doctor"]])
    func theRenderTemplateOfTheSettingsFileIsTheOneUsed(command: [String]) async throws {
        try await withKisdash({ _ in "[render]\ntemplate = \"no-such-template\"\n" }) { kisdash, _ in
            _ = try await kisdash.capture(["sync"])
            let result = try await kisdash.capture(command)
            #expect(result.status != 0)
            #expect((result.stderr + result.stdout).contains("no-such-template"), "\(result.stderr)")
        }
    }

    @Test(arguments: [["diagnose"], ["run", "--force"]])
    func theDiagnosisSectionIsTheOneUsed(command: [String]) async throws {
        try await withKisdash({ _ in "[diagnosis]\nprovider = \"gemini\"\nmodel = \"m\"\n" }) { kisdash, _ in
            let result = try await kisdash.capture(command)
            #expect(result.status == 64, "\(result.stderr)")
            #expect(result.stderr.lowercased().contains("base_url"), "\(result.stderr)")
        }
    }

    @Test func migrateTakesTheSettingsFileByFlag() async throws {
        try await withKisdash({ _ in "[database]\nurl = \"$URL\"\n" }) { kisdash, dir in
            let result = try await kisdash.capture(
                ["migrate", "--config", dir.appendingPathComponent("kisdash.toml").path],
                changing: ["DATABASE_URL": nil, "KISDASH_CONFIG": nil])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("migrate: "))
        }
    }

    @Test func doctorFailsOnABadSecretAndReusesACachedToken() async throws {
        try await withKisdash({ _ in "" }) { kisdash, dir in
            // Its own token cache: the refused issue must not make the next check wait out KIS's minute.
            let bad = try await kisdash.capture(
                ["doctor"],
                changing: [
                    "KIS_APP_SECRET": "not-the-secret", "KISDASH_STATE_DIR": dir.appendingPathComponent("bad").path,
                ])
            #expect(bad.status == 1)
            #expect(bad.stdout.contains("FAIL  credentials:"), "\(bad.stdout)")
            #expect(!bad.stdout.contains("not-the-secret") && !bad.stderr.contains("not-the-secret"))
            let good = try await kisdash.capture(["doctor"])
            #expect(good.stdout.contains("ok    credentials: KIS issued a token"), "\(good.stdout)")
            let again = try await kisdash.capture(["doctor"])
            #expect(
                again.stdout.contains("ok    credentials: a cached token is valid (not re-issued)"), "\(again.stdout)")
        }
    }
}
