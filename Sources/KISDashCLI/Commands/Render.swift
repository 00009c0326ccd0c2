import ArgumentParser
import Dashboard
import Foundation
import KISAPI
import LibPQ
import PortfolioModel
import Reporting
import Settings
import Storage

/// `kisdash render`: draw Kis_Dashboard.pdf from the database (or straight from KIS) with Cairo and Pango.
struct Render: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render Kis_Dashboard.pdf from the database (default) or straight from the KIS API.",
        discussion: """
            The PDF is written to a temporary file beside the target, checked (page count, embedded fonts) and \
            renamed over it; on any failure the previous PDF is left untouched and the command exits 1. \
            The layout comes from templates/NAME.toml (see templates/README.md); a bad template exits 64 \
            naming the key.
            """)

    enum Source: String, ExpressibleByArgument, CaseIterable { case db, api }

    @Option(help: "Where to write the PDF.") var out = "reports/Realtime/Kis_Dashboard.pdf"
    @Option(help: "Where the data comes from: db (synced PostgreSQL) or api (KIS directly, nothing stored).")
    var source: Source = .db
    @Option(help: "Template name in the templates folder, or a path to a .toml file.") var template: String?
    @Option(help: "The templates folder (default $KISDASH_TEMPLATES_DIR or ./templates).") var templatesDir: String?
    @Option(help: "Override the template's orientation: portrait or landscape.") var orientation: String?

    @OptionGroup(title: "KIS account") var kis: KISOptions
    @OptionGroup(title: "Database") var database: DatabaseOptions
    @OptionGroup(title: "Clock") var clock: ClockOptions

    func run() async throws {
        let started = ContinuousClock.now
        let configuration: KISConfiguration
        let template: DashboardTemplate
        let settings: AppSettings
        let now: @Sendable () -> Date
        do {
            now = try clock.clock()
            settings = try kis.settings.load()
            configuration = try kis.load(settings: settings)
            template = try loadTemplate()
        } catch { throw Diagnostics.fail(error) }
        let account = configuration.account, mode = configuration.mode
        let moment = now()
        let data: DashboardData
        do {
            let loader = DashboardDataLoader(account: account, mode: mode)
            switch source {
            case .db:
                let db = AppEnvironment.database(url: try database.resolvedURL(), label: "render")
                let market = try await Self.marketStatus(settings: settings, database: db, at: moment)
                data = try await AppEnvironment.dashboardData(
                    database: db, account: account, mode: mode, now: moment, market: market)
            case .api:
                let client = AppEnvironment.kisClient(configuration, verbose: kis.verbose, now: now)
                let market = try await Self.marketStatus(settings: settings, database: nil, at: moment)
                data = try await loader.fromAPI(client, now: moment, market: market)
            }
        } catch { throw Diagnostics.fail(error, hint: source == .db ? "is the database running? (make db-url)" : nil) }
        let loaded = ContinuousClock.now - started
        do {
            let result = try DashboardRenderer(template: template).render(data, to: URL(fileURLWithPath: out))
            let seconds = (ContinuousClock.now - started).inSeconds
            if kis.verbose {
                let steps = [("load", loaded.inSeconds)] + result.timings.map { ($0.step, $0.seconds) }
                Diagnostics.progress(
                    "render timings: "
                        + steps.map { "\($0.0) \(String(format: "%.3f", $0.1)) s" }.joined(separator: ", "))
            }
            print(
                "render: wrote \(out) (\(result.pages) pages, \(result.bytes / 1024) KB, data as of "
                    + "\(KoreanFormat.timestamp(data.dataAsOf))) in \(String(format: "%.2f", seconds)) s")
            if result.unknownGlyphs > 0 {
                Diagnostics.progress("warning: \(result.unknownGlyphs) glyphs had no font (shown as boxes)")
            }
        } catch {
            throw Diagnostics.fail(error, hint: error.code == .font ? "install fonts-nanum (make setup)" : nil)
        }
    }

    /// The header's market status from the calendar `run` uses: the override file, `[schedule]` sessions and KIS's
    /// calendar as cached in the database (read only: rendering never asks KIS for the calendar).
    static func marketStatus(settings: AppSettings, database: Database?, at moment: Date) async throws -> MarketStatus {
        let clock = try await PipelineEnvironment.marketClock(settings: settings, database: database, now: moment)
        return PipelineRenderStage.marketStatus(clock: clock, at: moment)
    }

    func loadTemplate() throws -> DashboardTemplate {
        let directory = TemplateFiles.directory(override: templatesDir)
        do {
            var template = try TemplateFiles.load(name: self.template, directory: directory)
            if let orientation {
                guard orientation == "portrait" || orientation == "landscape" else {
                    throw CLIError.configuration("--orientation must be portrait or landscape")
                }
                template.landscape = orientation == "landscape"
            }
            return template
        } catch let error as ReportError {
            throw CLIError.configuration(error.message)
        }
    }
}
