import Foundation
import KISDashTestSupport
import KISSimulator
import LibPQ
import Testing

/// The built `kisdash feed` as a service: a fill made while it runs reaches feed_notice and (through the
/// debounced cycle's sync) kis_execution; SIGTERM stops it cleanly with exit 0 and `status` shows the feed.
@Suite(.enabled(if: TestDatabase.isEnabled)) struct FeedCommandTests {
    @Test func theFeedServiceStoresAFillAndStopsOnSIGTERM() async throws {
        try await withTemporaryDirectory { dir in
            try await withTestDatabaseURL { url in
                try await withSimulator { sim in
                    let creds = try #require(sim.credentials(.paper))
                    let env = [
                        "KIS_MODE": "paper", "KIS_APP_KEY": creds.appKey, "KIS_APP_SECRET": creds.appSecret,
                        "KIS_ACCOUNT": "\(creds.accountNumber)-\(creds.productCode)", "KIS_BASE_URL": sim.paperBaseURL,
                        "KIS_HTS_ID": creds.htsId, "KIS_WS_URL": sim.paperWebSocketURL, "KIS_RATE_LIMIT": "500",
                        "KIS_TOKEN_ISSUE_INTERVAL": "0", "KISDASH_STATE_DIR": dir.path,
                        "KISDASH_NOW": SimulatorTestDefaults.now, "DATABASE_URL": url, "HOME": dir.path,
                        "KISDASH_CONFIG": dir.appendingPathComponent("kisdash.toml").path,
                    ]
                    let settings =
                        "[render]\noutput_path = \"\(dir.appendingPathComponent("Kis_Dashboard.pdf").path)\"\n"
                    try settings.write(
                        to: dir.appendingPathComponent("kisdash.toml"), atomically: true, encoding: .utf8)
                    let feed = Process()
                    feed.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
                        .appendingPathComponent("kisdash")
                    feed.arguments = ["feed", "--debounce", "0.2"]
                    feed.environment = env
                    feed.standardOutput = FileHandle.nullDevice
                    let errors = Pipe()
                    feed.standardError = errors
                    try feed.run()
                    defer { if feed.isRunning { feed.terminate() } }
                    let db = Database(configuration: .init(url: url, applicationName: "feed-test"))
                    defer { Task { await db.close() } }
                    func count(_ sql: String) async throws -> Int64 {
                        try await db.withConnection { try $0.query(PGQuery(unsafeSQL: sql), as: Int64.self) }.first ?? 0
                    }
                    try await eventually("the feed's status row") {
                        (try? await count("SELECT count(*) FROM feed_status")) == 1
                    }
                    let preview = try await runBuiltExecutable(
                        "kisdash", ["모의", "매수", "005930", "삼성전자", "2주", "103000원", "--json"], environment: env)
                    let object = try JSONSerialization.jsonObject(with: Data(preview.stdout.utf8)) as? [String: Any]
                    let code = try #require(object?["code"] as? String)
                    let confirm = try await runBuiltExecutable("kisdash", ["confirm", code], environment: env)
                    #expect(confirm.status == 0, "\(confirm.stderr)")
                    try await eventually("the fill notice") {
                        (try? await count("SELECT count(*) FROM feed_notice WHERE kind = 'fill'")) ?? 0 >= 1
                    }
                    try await eventually("the fill in kis_execution") {
                        (try? await count(
                            "SELECT count(*) FROM kis_execution WHERE exec_qty = 2 AND stock_code = '005930'")) == 1
                    }
                    let ended = feed.endWatch()
                    kill(feed.processIdentifier, SIGTERM)
                    try await ended.wait(for: "kisdash feed to stop on SIGTERM") { $0 }
                    #expect(!feed.isRunning && feed.terminationStatus == 0)
                    let status = try await runBuiltExecutable("kisdash", ["status"], environment: env)
                    #expect(status.stdout.contains("feed: not connected") && status.stdout.contains("notices today"))
                    let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                    #expect(
                        !log.contains(creds.accountNumber) && !log.contains(creds.appKey) && !log.contains(creds.htsId))
                }
            }
        }
    }
}
