import Foundation
import KISDashTestSupport
import Pipeline
import Testing

/// The failure hook gets the summary three ways and none of kisdash's secrets (issue 12 §2).
@Suite struct FailureHookTests {
    static let secrets = [
        "KIS_APP_KEY": "PSAPPKEY1234567890", "KIS_APP_SECRET": "APPSECRET+abcdef", "KIS_ACCOUNT": "50123456-01",
        "DATABASE_URL": "postgresql://kis:dbpass99@127.0.0.1/kis", "PGPASSWORD": "dbpass99",
        "KISDASH_TRADING_PASSWORD": "tradepw", "GEMINI_API_KEY": "gemini-key-123", "OPENAI_API_KEY": "sk-openai",
    ]
    static let summary = "kisdash 모의 5012****-01: run FAILED (full) — sync failed; it's \"quoted\" $HOME"

    @Test func theHookGetsTheSummaryAsArgumentOnStdinAndInItsVariableAndNoSecrets() async throws {
        try await withTemporaryDirectory { dir in
            let parent = Self.secrets.merging([
                "PATH": "/usr/bin:/bin", "HOME": dir.path, "LANG": "C.UTF-8", "TZ": "Asia/Seoul",
            ]) { a, _ in a }
            let out = { (name: String) in dir.appendingPathComponent(name) }
            let command = """
                printf '%s' "$1" > '\(out("arg").path)'; cat > '\(out("stdin").path)'; \
                env > '\(out("env").path)'; printf '%s' "$KISDASH_FAILURE" > '\(out("variable").path)'
                """
            let line = await FailureHook(command: command).run(summary: Self.summary, parent: parent)
            #expect(line == "failure hook ran")
            #expect(try String(contentsOf: out("arg"), encoding: .utf8) == Self.summary)
            #expect(try String(contentsOf: out("stdin"), encoding: .utf8) == Self.summary + "\n")
            #expect(try String(contentsOf: out("variable"), encoding: .utf8) == Self.summary)
            let env = try String(contentsOf: out("env"), encoding: .utf8)
            for (name, value) in Self.secrets {
                #expect(!env.contains(name + "="), "\(name) reached the hook")
                #expect(!env.contains(value), "the value of \(name) reached the hook")
            }
            let names = Set(env.split(separator: "\n").compactMap { $0.split(separator: "=").first.map(String.init) })
            #expect(names.isSubset(of: Set(FailureHook.passedVariables + ["KISDASH_FAILURE", "PWD", "SHLVL", "_"])))
            #expect(env.contains("TZ=Asia/Seoul") && env.contains("HOME=\(dir.path)"))
        }
    }

    @Test func theEnvironmentKeepsOnlyTheListedVariablesAndAlwaysHasAPath() {
        let env = FailureHook.environment(
            from: Self.secrets.merging(["LANG": "ko_KR.UTF-8"]) { a, _ in a }, summary: "x")
        #expect(env == ["LANG": "ko_KR.UTF-8", "PATH": "/usr/local/bin:/usr/bin:/bin", "KISDASH_FAILURE": "x"])
    }

    @Test func aFailingHookIsReportedNotThrown() async {
        #expect(await FailureHook(command: "exit 7").run(summary: "s", parent: [:]) == "failure hook exited 7")
    }
}
