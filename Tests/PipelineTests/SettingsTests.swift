import ArgumentParser
import Foundation
import KISDashTestSupport
import Settings
import Testing

@testable import KISDashCLI

@Suite struct SettingsTests {
    @Test func theCommittedExampleParses() throws {
        let path = Folders.packageRoot.appendingPathComponent("kisdash.example.toml").path
        let settings = try AppSettings.load(path: path)
        #expect(settings.kis.mode == "real" && settings.kis.rateLimit == 18)
        #expect(settings.render.outputPath == "reports/Realtime/Kis_Dashboard.pdf")
        #expect(settings.diagnosis.lossThresholdPercent == -5.0 && settings.diagnosis.provider == nil)
        #expect(settings.archive.intradayRetentionDays == 7)
    }

    @Test func everySectionMapsToTypedValues() throws {
        let text = """
            [schedule]
            nxt = true
            [publish]
            destinations = ["/srv/drive", "me@nas:/reports"]
            retries = 5
            [diagnosis]
            provider = "gemini"
            model = "gemini-2.0-flash"
            base_url = "http://127.0.0.1:9"
            timeout_seconds = 7
            min_interval_minutes = 15
            loss_threshold_percent = -7
            api_key_env = "GEMINI_API_KEY"
            [render]
            template = "compact"
            stale_minutes = 20
            """
        let s = try AppSettings.parse(text)
        #expect(s.schedule.nxtEnabled && s.publish.retries == 5)
        #expect(s.publish.destinations[1].isRemoteDestination && !s.publish.destinations[0].isRemoteDestination)
        #expect(s.diagnosis.provider == "gemini" && s.diagnosis.timeoutSeconds == 7)
        #expect(s.diagnosis.lossThresholdPercent == -7 && s.diagnosis.apiKeyEnv == "GEMINI_API_KEY")
        #expect(s.render.template == "compact" && s.render.staleMinutes == 20)
    }

    @Test(arguments: [
        ("[publish]\nretry = 3\n", "[publish] unknown key \"retry\""),
        ("[publish]\nretries = \"three\"\n", "[publish] retries must be a whole number"),
        ("[publish]\nretries = 99\n", "[publish] retries must be between 0 and 20"),
        ("[kis]\nmode = \"demo\"\n", "[kis] mode must be one of \"real\", \"paper\""),
        ("[schedule]\nkrx_open = \"9am\"\n", "[schedule] krx_open must be a KST time"),
        ("[sechedule]\n", "unknown section or key \"sechedule\""),
        ("[kis\nmode = 1\n", "line 1"),
    ])
    func badSettingsNameTheKey(text: String, expected: String) {
        let error = #expect(throws: SettingsError.self) { try AppSettings.parse(text, path: "k.toml") }
        #expect(error?.message.contains(expected) == true, "\(error?.message ?? "")")
        #expect(error?.message.hasPrefix("k.toml") == true)
    }

    @Test func everyProblemOfAFileIsReportedInOneRunWithDidYouMean() {
        let text = """
            [publsh]
            [publish]
            retires = 3
            timeout_seconds = 0
            [kis]
            mode = "papr"
            [schedule]
            krx_open = "9am"
            """
        let error = #expect(throws: SettingsError.self) { try AppSettings.parse(text, path: "k.toml") }
        let all = error?.all ?? []
        #expect(all.count == 5, "\(all)")
        #expect(all.contains { $0.contains("\"publsh\" (did you mean [publish]?") })
        #expect(all.contains { $0.contains("[publish] unknown key \"retires\" (did you mean \"retries\"?)") })
        #expect(all.contains { $0.contains("[publish] timeout_seconds must be between 1 and 3600") })
        #expect(all.contains { $0.contains("not \"papr\" (did you mean \"paper\"?)") })
        #expect(all.contains { $0.contains("[schedule] krx_open must be a KST time") })
        #expect(error?.description.contains("and 4 more") == true)
    }

    @Test func aSecretsFileGivenAsTheSettingsFileSaysToUseSecrets() async throws {
        try await withTemporaryDirectory { dir in
            let secrets = dir.appendingPathComponent("kis.env")
            try Data("# KIS\nKIS_APP_KEY=abc\nKIS_APP_SECRET=\"x y\"\nKIS_ACCOUNT=12345678-01\n".utf8).write(
                to: secrets)
            let error = #expect(throws: SettingsError.self) { try AppSettings.load(path: secrets.path) }
            #expect(error?.message.contains("pass it with --secrets") == true)
            #expect(error?.message.contains("abc") == false)
        }
    }

    @Test func aSecretsFileReadableByOthersIsRefused() async throws {
        try await withTemporaryDirectory { dir in
            let secrets = dir.appendingPathComponent("secrets.env")
            try Data("KIS_APP_KEY=k\n".utf8).write(to: secrets)
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: secrets.path)
            var settings = AppSettings()
            settings.kis.secretsFile = secrets.path
            let problems = settings.problems(environment: [:])
            #expect(problems.count == 1)
            #expect(problems.first?.contains("[kis] secrets_file") == true && problems.first?.contains("0644") == true)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: secrets.path)
            #expect(settings.problems(environment: [:]).isEmpty)
        }
    }

    @Test func problemsNameTheirKeys() throws {
        var settings = AppSettings()
        settings.publish.destinations = ["/nonexistent/kisdash-drive"]
        settings.schedule.krxOpen = "16:00"
        settings.diagnosis.provider = "openai"
        let problems = settings.problems(environment: [:])
        #expect(problems.contains { $0.hasPrefix("[publish] destinations: /nonexistent/kisdash-drive") })
        #expect(problems.contains { $0.hasPrefix("[schedule] krx_open") })
        #expect(problems.contains { $0.hasPrefix("[diagnosis] base_url") })
        #expect(problems.contains { $0.hasPrefix("[diagnosis] api_key_env") })
    }

    @Test func configCheckExits64OnABadFileAndZeroOnAGoodOne() async throws {
        try await withTemporaryDirectory { dir in
            let bad = dir.appendingPathComponent("bad.toml")
            try Data("[publish]\nretries = -1\n".utf8).write(to: bad)
            let check = try #require(
                try KISDash.parseAsRoot(["config", "check", "--config", bad.path]) as? ConfigCommand.Check)
            do {
                try await check.run()
                Issue.record("a bad settings file passed")
            } catch {
                #expect(error as? ExitCode == ExitCode(64), "\(error)")
            }
            let secrets = dir.appendingPathComponent("secrets.env")
            try Data(
                "KIS_APP_KEY=k\nKIS_APP_SECRET=s\nKIS_ACCOUNT=12345678-01\n".utf8
            ).write(to: secrets)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: secrets.path)
            let good = dir.appendingPathComponent("good.toml")
            try Data(
                "[kis]\nmode = \"paper\"\nbase_url = \"http://127.0.0.1:1\"\nsecrets_file = \"\(secrets.path)\"\n".utf8
            ).write(to: good)
            let goodCheck = try #require(
                try KISDash.parseAsRoot(["config", "check", "--config", good.path]) as? ConfigCommand.Check)
            try await goodCheck.run()
        }
    }
}
