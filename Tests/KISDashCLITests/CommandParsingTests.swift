import ArgumentParser
import Foundation
import KISAPI
import PortfolioModel
import Testing

@testable import KISDashCLI

@Suite struct CommandParsingTests {
    @Test func syncParsesModeConfigAndDatabase() throws {
        let command = try KISDash.parseAsRoot([
            "sync", "--mode", "real", "--secrets", "/tmp/kis.env", "--database-url", "postgresql://x/y",
        ])
        let sync = try #require(command as? SyncCommand)
        #expect(sync.kis.mode == .real)
        #expect(sync.kis.configFile == "/tmp/kis.env")
        #expect(try sync.database.resolvedURL(environment: [:]) == "postgresql://x/y")
    }

    @Test func unknownModeIsAUsageError() {
        do {
            _ = try KISDash.parseAsRoot(["sync", "--mode", "demo"])
            Issue.record("--mode demo was accepted")
        } catch {
            #expect(KISDash.exitCode(for: error) == ExitCode.validationFailure, "exit 64, not a crash or 1")
            #expect(KISDash.message(for: error).contains("demo"))
        }
    }

    @Test func missingDatabaseIsAConfigurationErrorWithTheFix() throws {
        let error = #expect(throws: CLIError.self) { try DatabaseOptions.parse([]).resolvedURL(environment: [:]) }
        #expect(error?.exitCode == ExitCode(64))
        #expect(error?.description.contains("make -s db-url") == true)
    }

    @Test func missingSettingNamesTheSettingNeverItsValue() throws {
        let env = [
            "KIS_MODE": "paper", "KIS_APP_KEY": "sim-key-1234567890", "KIS_ACCOUNT": "12345678-01",
            "KIS_BASE_URL": "http://127.0.0.1:1", "HOME": "/tmp",
        ]
        let error = #expect(throws: CLIError.self) { try KISOptions.parse([]).load(environment: env) }
        let text = error?.description ?? ""
        #expect(text.contains("KIS_APP_SECRET"))
        #expect(!text.contains("sim-key-1234567890") && !text.contains("12345678"))
    }

    @Test func modeOptionOverridesTheEnvironment() throws {
        let options = try KISOptions.parse(["--mode", "paper"])
        let env = [
            "KIS_MODE": "real", "KIS_APP_KEY": "k", "KIS_APP_SECRET": "s", "KIS_ACCOUNT": "12345678-01",
            "KIS_BASE_URL": "http://127.0.0.1:1", "HOME": "/tmp",
        ]
        #expect(try options.load(environment: env).mode == .paper)
    }
}
