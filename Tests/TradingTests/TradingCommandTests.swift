import Foundation
import KISDashTestSupport
import KISSimulator
import Testing

/// The built `kisdash` binary in separate processes: preview in one, confirm in another, every guard refusing
/// with one line, and no secret in any output.
@Suite(.enabled(if: TestDatabase.isEnabled)) struct TradingCommandTests {
    static let password = "horse-battery-9"

    func environment(_ sim: RunningSimulator, _ side: SimulatorSide, url: String, dir: URL) throws -> [String: String] {
        let creds = try #require(sim.credentials(side))
        return [
            "KIS_MODE": side == .real ? "real" : "paper", "KIS_APP_KEY": creds.appKey,
            "KIS_APP_SECRET": creds.appSecret,
            "KIS_ACCOUNT": "\(creds.accountNumber)-\(creds.productCode)", "KIS_BASE_URL": sim.baseURL(side),
            "KIS_RATE_LIMIT": "500", "KIS_TOKEN_ISSUE_INTERVAL": "0", "KISDASH_STATE_DIR": dir.path,
            "KISDASH_NOW": SimulatorTestDefaults.now, "DATABASE_URL": url, "HOME": dir.path,
            "KISDASH_PASSWORD_ITERATIONS": "1000",
        ]
    }

    func code(_ output: ProcessOutput) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        return try #require(object?["code"] as? String)
    }

    @Test func paperQuickBuyConfirmedFromASecondProcessFillsAndTheSyncShowsIt() async throws {
        try await withTemporaryDirectory { dir in
            try await withTestDatabaseURL { url in
                try await withSimulator { sim in
                    let env = try environment(sim, .paper, url: url, dir: dir)
                    let preview = try await runBuiltExecutable(
                        "kisdash", ["모의", "매수", "005930", "삼성전자", "10주", "103000원", "--json"], environment: env)
                    #expect(preview.status == 0, "\(preview.stderr)")
                    let confirm = try await runBuiltExecutable(
                        "kisdash", ["confirm", try code(preview)], environment: env)
                    #expect(confirm.status == 0, "\(confirm.stderr)")
                    #expect(confirm.stdout.contains("주문 접수: 주문번호"))
                    let again = try await runBuiltExecutable(
                        "kisdash", ["confirm", try code(preview)], environment: env)
                    #expect(again.status == 1 && again.stderr.contains("no pending order"))
                    let sync = try await runBuiltExecutable("kisdash", ["sync"], environment: env)
                    #expect(sync.status == 0, "\(sync.stderr)")
                    let orders = try await runBuiltExecutable("kisdash", ["모의", "주문내역"], environment: env)
                    #expect(orders.stdout.contains("매수 005930 삼성전자 10주 @ 103,000원 체결 10주"))
                    let creds = try #require(sim.credentials(.paper))
                    for output in [preview, confirm, again, sync, orders] {
                        let all = output.stdout + output.stderr
                        #expect(
                            !all.contains(creds.accountNumber) && !all.contains(creds.appKey)
                                && !all.contains(creds.appSecret))
                    }
                }
            }
        }
    }

    @Test func realOrdersNeedThePasswordAndRealTradingEnabled() async throws {
        try await withTemporaryDirectory { dir in
            try await withTestDatabaseURL { url in
                try await withSimulator { sim in
                    var env = try environment(sim, .real, url: url, dir: dir)
                    let buy = ["실전", "매수", "005930", "삼성전자", "1주", "103000원", "--json"]
                    let unset = try await runBuiltExecutable("kisdash", buy, environment: env)
                    #expect(unset.status == 1 && unset.stderr.contains("no trading password is set"))

                    env["KISDASH_TRADING_PASSWORD"] = Self.password
                    let set = try await runBuiltExecutable("kisdash", ["password", "set"], environment: env)
                    #expect(set.status == 0, "\(set.stderr)")

                    env["KISDASH_TRADING_PASSWORD"] = "wrong-password"
                    let wrong = try await runBuiltExecutable("kisdash", buy, environment: env)
                    #expect(
                        wrong.status == 1 && wrong.stderr.contains("wrong trading password (1 of 5)"), "\(wrong.stderr)"
                    )

                    env["KISDASH_TRADING_PASSWORD"] = Self.password
                    let preview = try await runBuiltExecutable("kisdash", buy, environment: env)
                    #expect(preview.status == 0, "\(preview.stderr)")
                    let code = try code(preview)
                    let disabled = try await runBuiltExecutable("kisdash", ["confirm", code], environment: env)
                    #expect(disabled.status == 1 && disabled.stderr.contains("REAL_TRADING_ENABLED=true"))

                    env["REAL_TRADING_ENABLED"] = "true"
                    let placed = try await runBuiltExecutable("kisdash", ["실전", "확인", code], environment: env)
                    #expect(placed.status == 0, "\(placed.stderr)")
                    for output in [unset, wrong, preview, disabled, placed] {
                        let all = output.stdout + output.stderr
                        #expect(!all.contains(Self.password) && !all.contains("wrong-password"))
                    }
                    #expect(!(disabled.stdout + disabled.stderr + placed.stdout + placed.stderr).contains(code))
                }
            }
        }
    }

    @Test func inquiriesWorkInBothDomainsAndRealOnesAskForThePassword() async throws {
        try await withTemporaryDirectory { dir in
            try await withTestDatabaseURL { url in
                try await withSimulator { sim in
                    let paper = try environment(sim, .paper, url: url, dir: dir)
                    let balance = try await runBuiltExecutable("kisdash", ["모의", "잔고조회"], environment: paper)
                    #expect(balance.status == 0 && balance.stdout.contains("모의 5012****-01 잔고"), "\(balance.stderr)")
                    let quote = try await runBuiltExecutable(
                        "kisdash", ["모의", "현재가", "005930", "삼성전자"], environment: paper)
                    #expect(quote.status == 0 && quote.stdout.contains("005930 삼성전자 현재가"), "\(quote.stderr)")
                    let typo = try await runBuiltExecutable(
                        "kisdash", ["모의", "현재가", "005930", "삼성전기"], environment: paper)
                    #expect(typo.status == 1 && typo.stderr.contains("is 삼성전자 at KIS, not 삼성전기"))
                    let usage = try await runBuiltExecutable("kisdash", ["모의", "송금", "005930"], environment: paper)
                    #expect(usage.status == 64)
                    var real = try environment(sim, .real, url: url, dir: dir)
                    let locked = try await runBuiltExecutable("kisdash", ["실전", "잔고조회"], environment: real)
                    #expect(locked.status == 1 && locked.stderr.contains("trading password"))
                    real["KISDASH_TRADING_PASSWORD"] = Self.password
                    _ = try await runBuiltExecutable("kisdash", ["password", "set"], environment: real)
                    let open = try await runBuiltExecutable("kisdash", ["실전", "주문내역", "--json"], environment: real)
                    #expect(open.status == 0, "\(open.stderr)")
                }
            }
        }
    }
}
