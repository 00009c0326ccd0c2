import ArgumentParser
import Canvas
import Dashboard
import Foundation
import KISAPI
import LibPQ
import PortfolioModel
import Reporting
import Settings
import Storage

/// `kisdash doctor`: checks what a scheduled `run` will use, one line each, before cron finds out the hard way.
struct Doctor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check what `run` will use: template, fonts, credentials, database, rsync, output and destinations.",
        discussion: """
            Reads the same settings as `run` ([render] template and output_path, [publish] destinations, [database] \
            url, the secrets). The credentials are checked with a token: a cached valid token is reused, never \
            re-issued (KIS allows one issue a minute). Prints one line per check (ok / WARN / FAIL) and exits 1 if \
            any check failed.
            """)

    @Option(help: "The templates folder (default $KISDASH_TEMPLATES_DIR or ./templates).") var templatesDir: String?
    @Option(help: "The output folder to check (default: the folder of [render] output_path).") var outDir: String?
    @Flag(help: "Print the checks as JSON (schema in docs/json.md).") var json = false
    @OptionGroup(title: "KIS account") var kis: KISOptions
    @OptionGroup(title: "Database") var database: DatabaseOptions

    func run() async throws {
        let context = try CommandContext.load(kis: kis, database: database)
        let settings = context.settings
        var report = DoctorReport()
        var family = DashboardTemplate.standard.fontFamily
        do {
            let template = try PipelineRenderStage.template(settings.render, directory: templatesDir)
            family = template.fontFamily
            report.ok("template", "[render] template \"\(settings.render.template)\" is valid")
        } catch { report.fail("template", "\(error)") }
        do {
            try FontCatalog.require(family)
            report.ok("fonts", "\(family): regular and bold installed")
        } catch { report.fail("fonts", error.message) }
        if let configuration = checkConfiguration(context, &report) {
            await checkCredentials(configuration, now: context.now, &report)
        }
        await checkDatabase(context, &report)
        checkRsync(settings.publish, &report)
        let output =
            outDir
            ?? URL(fileURLWithPath: AppSettings.expand(settings.render.outputPath))
            .deletingLastPathComponent().path
        checkFolder("output", output, &report)
        for destination in settings.publish.destinations where !destination.isRemoteDestination {
            checkFolder("destination", AppSettings.expand(destination), &report, create: false)
        }
        if json { JSONDocument.print("doctor", report.json) } else { print(report.lines.joined(separator: "\n")) }
        if report.failed { throw ExitCode.failure }
    }

    private func checkConfiguration(_ context: CommandContext, _ report: inout DoctorReport) -> KISConfiguration? {
        do {
            let loaded = try context.configuration()
            report.ok(
                "config",
                "\(loaded.mode.koreanLabel) account \(loaded.account), base URL \(loaded.baseURL.absoluteString)")
            return loaded
        } catch {
            report.fail("config", "\(error)")
            return nil
        }
    }

    /// The app key and secret, by a token: the cached one when valid, else one issue.
    private func checkCredentials(
        _ configuration: KISConfiguration, now: @escaping @Sendable () -> Date, _ report: inout DoctorReport
    ) async {
        let client = AppEnvironment.kisClient(configuration, verbose: kis.verbose, now: now)
        do {
            let token = try await client.tokens.token()
            let issued = await client.tokens.issueRequests > 0
            report.ok(
                "credentials",
                (issued ? "KIS issued a token" : "a cached token is valid (not re-issued)")
                    + ", valid until \(KST.format(token.expiresAt)) KST")
        } catch {
            report.fail("credentials", "\(error)")
        }
    }

    private func checkDatabase(_ context: CommandContext, _ report: inout DoctorReport) async {
        do {
            let db = AppEnvironment.database(url: try context.databaseURL(), label: "doctor")
            let bundled = Int64(try Migration.bundled().count)
            let applied: Int64 = try await db.withConnection { conn -> Int64 in
                try conn.query("SELECT count(*)::int8 FROM schema_migrations", as: Int64.self).first ?? 0
            }
            if applied >= bundled {
                report.ok("database", "reachable, \(applied) of \(bundled) migrations applied")
            } else {
                report.warn("database", "reachable, \(applied) of \(bundled) migrations applied; run `kisdash migrate`")
            }
            await db.close()
        } catch {
            report.fail("database", "\(error)\(Console.hint(for: error).map { " — \($0)" } ?? "")")
        }
    }

    private func checkRsync(_ publish: PublishSection, _ report: inout DoctorReport) {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        let found =
            publish.rsync.contains("/")
            ? FileManager.default.isExecutableFile(atPath: publish.rsync)
            : paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(publish.rsync)") }
        if found {
            report.ok("rsync", "\(publish.rsync) installed")
        } else if publish.destinations.isEmpty {
            report.warn("rsync", "\(publish.rsync) not found (no [publish] destinations, so not needed yet)")
        } else {
            report.fail(
                "rsync", "\(publish.rsync) not found, and [publish] destinations need it (apt-get install rsync)")
        }
    }

    private func checkFolder(_ check: String, _ path: String, _ report: inout DoctorReport, create: Bool = true) {
        switch WritableFolder.probe(URL(fileURLWithPath: path, isDirectory: true), create: create) {
        case .success: report.ok(check, "\(path) is writable")
        case .failure(let reason): report.fail(check, "\(path) \(reason)")
        }
    }
}
