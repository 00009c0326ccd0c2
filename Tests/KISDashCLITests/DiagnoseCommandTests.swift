import ArgumentParser
import Diagnosis
import Foundation
import KISDashTestSupport
import KISSimulator
import PortfolioModel
import Storage
import Testing

@testable import KISDashCLI

@Suite struct DiagnoseCommandTests {
    @Test func diagnoseParsesProviderPrintAndTheSharedOptions() throws {
        let command = try KISDash.parseAsRoot([
            "diagnose", "--provider", "gemini", "--model", "gemini-2.0-flash", "--print", "--mode", "paper",
            "--database-url", "postgresql://x/y", "--now", "2025-12-04T10:30:00+09:00",
        ])
        let diagnose = try #require(command as? Diagnose)
        #expect(diagnose.provider == .gemini && diagnose.model == "gemini-2.0-flash" && diagnose.shouldPrint)
        #expect(diagnose.kis.mode == .paper && diagnose.clock.now == "2025-12-04T10:30:00+09:00")
        #expect(throws: (any Error).self) { try KISDash.parseAsRoot(["diagnose", "--provider", "claude"]) }
    }

    @Test func printedDiagnosisHasItsSourceLineAndMaskedAccount() throws {
        let account = try #require(AccountNumber("50123456-01"))
        let code = try #require(StockCode("005930"))
        let at = try #require(TradeDate("2025-12-04")).at(try #require(KSTTime("103000")))
        let d = StoredDiagnosis(
            id: 3, createdAt: at, dataAsOf: at, source: .offline, provider: .gemini, model: "gemini-2.0-flash",
            modelCalled: true, latencyMilliseconds: 1_012,
            fallbackReason: "timeout: gemini gave no reply within 30 seconds",
            factSheetHash: String(repeating: "a", count: 64), factSheetJSON: "{}", summary: ["요약 문단."],
            risks: ["위험."], comments: [.init(code: code, name: "삼성전자", text: "의견.")])
        let text = DiagnosisPrintText.render(d, account: account, mode: .paper)
        #expect(text.contains("AI 진단 — 모의 account 5012****-01, data as of 2025-12-04 10:30:00 KST"))
        #expect(text.contains("출처: 규칙 기반 진단 (오프라인) · 1012 ms · gemini 응답 대신 사용: timeout: gemini gave no reply"))
        #expect(text.contains("요약\n  요약 문단.") && text.contains("주요 위험\n  - 위험."))
        #expect(text.contains("종목별 의견\n  005930 삼성전자: 의견.") && !text.contains("50123456"))
    }

    /// The built `kisdash` binary: sync the simulator's paper account into a fresh database, then diagnose.
    @Test(.requiresDatabase) func diagnosePrintAfterASimulatorSync() async throws {
        try await withTemporaryDirectory { dir in
            try await withTestDatabaseURL { url in
                try await withSimulator { sim in
                    let creds = try #require(sim.credentials(.paper))
                    let env = [
                        "KIS_MODE": "paper", "KIS_APP_KEY": creds.appKey, "KIS_APP_SECRET": creds.appSecret,
                        "KIS_ACCOUNT": "\(creds.accountNumber)-\(creds.productCode)", "KIS_BASE_URL": sim.paperBaseURL,
                        "KIS_RATE_LIMIT": "500", "KIS_TOKEN_ISSUE_INTERVAL": "0", "KISDASH_STATE_DIR": dir.path,
                        "KISDASH_NOW": SimulatorTestDefaults.now, "DATABASE_URL": url, "HOME": dir.path,
                    ]
                    let sync = try await runBuiltExecutable("kisdash", ["sync"], environment: env)
                    #expect(sync.status == 0, "\(sync.stderr)")
                    let first = try await runBuiltExecutable("kisdash", ["diagnose", "--print"], environment: env)
                    #expect(first.status == 0, "\(first.stderr)")
                    let out = first.stdout
                    #expect(out.contains("diagnose ok: offline, stored diagnosis 1"))
                    #expect(
                        out.contains("AI 진단 — 모의 account 5012****-01, data as of 2025-12-04 10:30:"),
                        "the replayed clock runs on")
                    #expect(out.contains("출처: 규칙 기반 진단 (오프라인)"))
                    #expect(out.contains("요약\n  총평가금액 21,322,800원 가운데"))
                    #expect(out.contains("주요 위험\n  - ") && out.contains("종목별 의견\n  005930 삼성전자: 30주 보유"))
                    #expect(!out.contains(creds.accountNumber))
                    let again = try await runBuiltExecutable("kisdash", ["diagnose"], environment: env)
                    #expect(again.stdout.contains("unchanged facts (no call, kept diagnosis 1)"))

                    // A configured model that is down: exit 0, a warning, the offline text stored with the reason.
                    try await withFakeModelServer { server in
                        server.answer(.status(500))
                        var model = env
                        model["GEMINI_API_KEY"] = "gemini-test-key-not-real"
                        let args = [
                            "diagnose", "--provider", "gemini", "--model", "m", "--base-url",
                            server.baseURL.absoluteString, "--print",
                        ]
                        let down = try await runBuiltExecutable("kisdash", args, environment: model)
                        #expect(down.status == 0 && server.calls == 1)
                        #expect(
                            down.stderr.contains(
                                "warning: gemini reply not used (serverError: gemini at 127.0.0.1 answered HTTP 500)"))
                        #expect(down.stdout.contains("gemini 응답 대신 사용: serverError"))
                        #expect(!(down.stdout + down.stderr).contains("gemini-test-key-not-real"))
                    }
                    let missing = try await runBuiltExecutable(
                        "kisdash", ["diagnose", "--provider", "openai"], environment: env)
                    #expect(missing.status == 64 && missing.stderr.contains("KISDASH_AI_MODEL is required"))
                }
            }
        }
    }
}
