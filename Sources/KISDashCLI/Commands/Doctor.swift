import ArgumentParser
import Canvas
import Dashboard
import Foundation
import HTTPTransport
import KISAPI
import LibPQ
import PortfolioModel
import Reporting
import Storage

/// `kisdash doctor`: checks everything a scheduled run needs, one line each, before cron finds out the hard way.
struct Doctor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check fonts, template, database, KIS reachability, rsync, the output folder and the configuration.",
        discussion: "Prints one line per check (ok / WARN / FAIL) and exits 1 if any check failed.")

    @Option(help: "The templates folder (default $KISDASH_TEMPLATES_DIR or ./templates).") var templatesDir: String?
    @Option(help: "The output folder the dashboard is written to.") var outDir = "reports/Realtime"
    @OptionGroup(title: "KIS account") var kis: KISOptions
    @OptionGroup(title: "Database") var database: DatabaseOptions

    func run() async throws {
        var report = DoctorReport()
        let directory = TemplateFiles.directory(override: templatesDir)
        var family = DashboardTemplate.standard.fontFamily
        do {
            let template = try TemplateFiles.load(name: nil, directory: directory)
            family = template.fontFamily
            report.ok("template", "\(directory.path)/dashboard.toml (or the built-in default) is valid")
        } catch { report.fail("template", error.message) }
        do {
            try FontCatalog.require(family)
            report.ok("fonts", "\(family): regular and bold installed")
        } catch { report.fail("fonts", error.message) }
        let configuration: KISConfiguration?
        do {
            let loaded = try kis.load()
            configuration = loaded
            report.ok(
                "config",
                "\(loaded.mode.koreanLabel) account \(loaded.account), base URL \(loaded.baseURL.absoluteString)")
        } catch {
            configuration = nil
            report.fail("config", "\(error)")
        }
        await checkDatabase(&report)
        if let configuration { await checkKIS(configuration, &report) }
        checkRsync(&report)
        checkOutput(&report)
        print(report.lines.joined(separator: "\n"))
        if report.failed { throw ExitCode.failure }
    }

    private func checkDatabase(_ report: inout DoctorReport) async {
        do {
            let db = AppEnvironment.database(url: try database.resolvedURL(), label: "doctor")
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
            report.fail("database", "\(error) (is it running? make db-url)")
        }
    }

    private func checkKIS(_ configuration: KISConfiguration, _ report: inout DoctorReport) async {
        let request = HTTPRequest(method: .get, url: configuration.baseURL, timeout: .seconds(5))
        do {
            let response = try await URLSessionTransport().send(request)
            report.ok("kis", "\(configuration.baseURL.host ?? "?") answers (HTTP \(response.status))")
        } catch {
            report.fail("kis", "\(configuration.baseURL.absoluteString) unreachable: \(error)")
        }
    }

    private func checkRsync(_ report: inout DoctorReport) {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        if paths.contains(where: { FileManager.default.isExecutableFile(atPath: "\($0)/rsync") }) {
            report.ok("rsync", "installed")
        } else {
            report.warn("rsync", "not on PATH: publishing to shared folders will fail (apt-get install rsync)")
        }
    }

    private func checkOutput(_ report: inout DoctorReport) {
        let folder = URL(fileURLWithPath: outDir)
        let probe = folder.appendingPathComponent(".doctor-\(getpid())")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("probe".utf8).write(to: probe)
            try FileManager.default.removeItem(at: probe)
            report.ok("output", "\(outDir) is writable")
        } catch {
            report.fail("output", "\(outDir) is not writable: \(error.localizedDescription)")
        }
    }
}

/// The doctor's findings, one line each.
struct DoctorReport {
    private(set) var lines: [String] = []
    private(set) var failed = false

    mutating func ok(_ check: String, _ detail: String) { lines.append("ok    \(check): \(detail)") }
    mutating func warn(_ check: String, _ detail: String) { lines.append("WARN  \(check): \(detail)") }
    mutating func fail(_ check: String, _ detail: String) {
        failed = true
        lines.append("FAIL  \(check): \(detail)")
    }
}
