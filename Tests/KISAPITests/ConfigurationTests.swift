import Foundation
import PortfolioModel
import Testing

@testable import KISAPI

/// Loading the configuration from the environment and a 0600 config file.
@Suite struct ConfigurationTests {
    static let environment = [
        "KIS_MODE": "paper", "KIS_APP_KEY": Harness.appKey, "KIS_APP_SECRET": Harness.appSecret,
        "KIS_ACCOUNT": "12345678-01", "KIS_HTS_ID": "myhtsid", "KIS_BASE_URL": "http://127.0.0.1:8080",
        "KISDASH_STATE_DIR": "/tmp/kisdash-state", "HOME": "/home/someone",
    ]

    @Test func loadsFromTheEnvironmentWithModeDefaults() throws {
        let configuration = try KISConfiguration.load(environment: Self.environment)
        #expect(configuration.mode == .paper)
        #expect(configuration.appKey.revealed == Harness.appKey)
        #expect(configuration.account.cano == "12345678")
        #expect(configuration.htsID == "myhtsid")
        #expect(configuration.baseURL.absoluteString == "http://127.0.0.1:8080")
        #expect(configuration.requestsPerSecond == 1)
        #expect(configuration.maxPages == 50)
        #expect(configuration.timeout == .seconds(10))
        #expect(configuration.stateDirectory.path == "/tmp/kisdash-state")
    }

    @Test func stateDirectoryDefaultsToTheUserCache() throws {
        var environment = Self.environment
        environment["KISDASH_STATE_DIR"] = nil
        environment["KIS_MODE"] = "real"
        environment["KIS_RATE_LIMIT"] = "10"
        let configuration = try KISConfiguration.load(environment: environment)
        #expect(configuration.stateDirectory.path == "/home/someone/.cache/kisdash")
        #expect(configuration.requestsPerSecond == 10)
    }

    @Test(arguments: ["KIS_BASE_URL", "KIS_APP_KEY", "KIS_APP_SECRET", "KIS_ACCOUNT", "KIS_MODE"])
    func missingRequiredSettingIsNamed(key: String) {
        var environment = Self.environment
        environment[key] = nil
        let error = #expect(throws: KISError.self) { try KISConfiguration.load(environment: environment) }
        #expect(error?.code == .configuration)
        #expect(error?.message.contains(key) == true)
    }

    @Test func baseURLOfTheOtherModeIsRefused() {
        var environment = Self.environment
        environment["KIS_BASE_URL"] = KISConfiguration.realBaseURL.absoluteString
        let error = #expect(throws: KISError.self) { try KISConfiguration.load(environment: environment) }
        #expect(error?.message.contains("real host") == true)
    }

    @Test func publishedHostsAreProvidedButNeverDefaulted() {
        #expect(KISConfiguration.realBaseURL.absoluteString == "https://openapi.koreainvestment.com:9443")
        #expect(KISConfiguration.paperBaseURL.absoluteString == "https://openapivts.koreainvestment.com:29443")
    }

    @Test func badAccountIsRefusedWithoutEchoingIt() {
        var environment = Self.environment
        environment["KIS_ACCOUNT"] = "98765-4321"
        let error = #expect(throws: KISError.self) { try KISConfiguration.load(environment: environment) }
        #expect(error?.message.contains("98765") == false)
    }

    @Test func configFileMustBeOwnerOnly() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kis-\(UUID().uuidString).env").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = Self.environment.filter { $0.key != "HOME" }.map { "\($0.key)=\"\($0.value)\"" }.joined(
            separator: "\n")
        _ = FileManager.default.createFile(atPath: path, contents: Data(("# kis\n" + text + "\n").utf8))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        let error = #expect(throws: KISError.self) { try KISConfiguration.load(environment: [:], configFile: path) }
        #expect(error?.message.contains(path) == true)
        #expect(error?.message.contains("0644") == true)

        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        let loaded = try KISConfiguration.load(environment: [
            "KIS_MODE": "paper", "KIS_CONFIG_FILE": path, "KIS_MAX_PAGES": "7",
        ])
        #expect(loaded.appSecret.revealed == Harness.appSecret)
        #expect(loaded.maxPages == 7)
    }

    @Test func malformedConfigLineIsReportedByNumberOnly() {
        let error = #expect(throws: KISError.self) {
            try ConfigurationFile.parse("KIS_MODE=real\nthis-is-my-secret\n", path: "/x")
        }
        #expect(error?.message.contains("line 2") == true)
        #expect(error?.message.contains("this-is-my-secret") == false)
    }
}
