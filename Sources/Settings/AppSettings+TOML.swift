package import Foundation
import PortfolioModel

extension AppSettings {
    /// The sections this build knows.
    static let sections = [
        "kis", "database", "schedule", "publish", "archive", "hooks", "render", "diagnosis", "logging",
    ]

    /// Reads and validates the settings file at `path`.
    /// - Throws: ``SettingsError`` naming the file and the key.
    package static func load(path: String) throws -> AppSettings {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else { throw SettingsError(.unreadable, "\(path): cannot be read (does it exist?)") }
        if Self.looksLikeSecretsFile(text) {
            throw SettingsError(
                .syntax,
                "\(path) is a KEY=value secrets file, not TOML settings: pass it with --secrets (or [kis] secrets_file)"
            )
        }
        var settings = try parse(text, path: path)
        settings.sourcePath = path
        return settings
    }

    /// Whether `text` is a `KEY=value` environment file (what `--secrets` takes) rather than TOML settings.
    static func looksLikeSecretsFile(_ text: String) -> Bool {
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        return !lines.isEmpty
            && lines.allSatisfy { line in
                guard let eq = line.firstIndex(of: "="), eq != line.startIndex else { return false }
                let key = line[..<eq].trimmingCharacters(in: .whitespaces)
                return key.first?.isUppercase == true && key.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "_" }
                    && key.contains("_")
            }
    }

    /// Parses settings from TOML text.
    /// - Throws: ``SettingsError`` naming `path` and the key.
    package static func parse(_ text: String, path: String = "kisdash.toml") throws -> AppSettings {
        var root: TOMLReader
        do {
            root = try TOMLReader(parsing: text)
        } catch {
            throw SettingsError(error, path: path)
        }
        let problems = SettingsProblems()
        for unknown in root.keys.filter({ !sections.contains($0) }).sorted() {
            let hint = Suggestion.closest(to: unknown, in: sections).map { "did you mean [\($0)]? " } ?? ""
            problems.add(
                .unknownKey,
                "\(path): unknown section or key \"\(unknown)\" (\(hint)known: \(sections.joined(separator: ", ")))")
        }
        func section(_ name: String) -> TOMLSection { TOMLSection(name, in: &root, path: path, problems: problems) }
        var s = AppSettings()
        var kis = section("kis")
        s.kis.mode = kis.choice("mode", ["real", "paper"])
        s.kis.baseURL = kis.string("base_url")
        s.kis.rateLimit = kis.int("rate_limit", range: 1...100)
        s.kis.timeoutSeconds = kis.int("timeout_seconds", range: 1...300)
        s.kis.secretsFile = kis.string("secrets_file")
        s.kis.stateDirectory = kis.string("state_dir")
        var db = section("database")
        s.database.url = db.string("url")
        s.database.urlEnv = db.string("url_env") ?? s.database.urlEnv
        var sched = section("schedule")
        s.schedule.krxOpen = sched.time("krx_open") ?? s.schedule.krxOpen
        s.schedule.krxClose = sched.time("krx_close") ?? s.schedule.krxClose
        s.schedule.nxtEnabled = sched.bool("nxt") ?? s.schedule.nxtEnabled
        s.schedule.nxtOpen = sched.time("nxt_open") ?? s.schedule.nxtOpen
        s.schedule.nxtClose = sched.time("nxt_close") ?? s.schedule.nxtClose
        s.schedule.marginMinutes = sched.int("margin_minutes", range: 0...60) ?? s.schedule.marginMinutes
        s.schedule.calendarOverride = sched.string("calendar_override")
        s.schedule.installDir = sched.string("install_dir")
        s.schedule.logFile = sched.string("log_file") ?? s.schedule.logFile
        var pub = section("publish")
        s.publish.destinations = pub.strings("destinations") ?? []
        s.publish.retries = pub.int("retries", range: 0...20) ?? s.publish.retries
        s.publish.retryDelaySeconds =
            pub.double("retry_delay_seconds", range: 0...600) ?? s.publish.retryDelaySeconds
        s.publish.timeoutSeconds = pub.int("timeout_seconds", range: 1...3600) ?? s.publish.timeoutSeconds
        s.publish.rsync = pub.string("rsync") ?? s.publish.rsync
        var arc = section("archive")
        s.archive.directory = arc.string("directory") ?? s.archive.directory
        s.archive.keepIntraday = arc.bool("keep_intraday") ?? s.archive.keepIntraday
        s.archive.intradayRetentionDays =
            arc.int("intraday_retention_days", range: 0...3650) ?? s.archive.intradayRetentionDays
        var hooks = section("hooks")
        s.hooks.onFailure = hooks.string("on_failure")
        s.hooks.staleMinutes = hooks.int("stale_minutes", range: 1...1440) ?? s.hooks.staleMinutes
        s.hooks.timeoutSeconds = hooks.int("timeout_seconds", range: 1...600) ?? s.hooks.timeoutSeconds
        var render = section("render")
        s.render.template = render.string("template") ?? s.render.template
        s.render.outputPath = render.string("output_path") ?? s.render.outputPath
        s.render.staleMinutes = render.int("stale_minutes", range: 1...1440) ?? s.render.staleMinutes
        var diag = section("diagnosis")
        s.diagnosis.provider = diag.choice("provider", ["offline", "gemini", "openai"])
        s.diagnosis.model = diag.string("model")
        s.diagnosis.baseURL = diag.string("base_url")
        s.diagnosis.timeoutSeconds = diag.int("timeout_seconds", range: 1...600) ?? s.diagnosis.timeoutSeconds
        s.diagnosis.minIntervalMinutes =
            diag.int("min_interval_minutes", range: 0...1440) ?? s.diagnosis.minIntervalMinutes
        s.diagnosis.lossThresholdPercent =
            diag.double("loss_threshold_percent", range: -100...0) ?? s.diagnosis.lossThresholdPercent
        s.diagnosis.apiKeyEnv = diag.string("api_key_env")
        var log = section("logging")
        s.logging.level =
            log.choice("level", ["trace", "debug", "info", "notice", "warning", "error", "critical"])
            ?? s.logging.level
        for section in [kis, db, sched, pub, arc, hooks, render, diag, log] { section.reportUnknownKeys() }
        if let error = problems.error { throw error }
        return s
    }
}
