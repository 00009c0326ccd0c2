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

    @Option(help: "Where to write the PDF (default: [render] output_path, else reports/Realtime/Kis_Dashboard.pdf).")
    var out: String?
    @Option(help: "Where the data comes from: db (synced PostgreSQL) or api (KIS directly, nothing stored).")
    var source: Source = .db
    @Option(help: "Template name in the templates folder, or a path to a .toml file (default: [render] template).")
    var template: String?
    @Option(help: "The templates folder (default $KISDASH_TEMPLATES_DIR or ./templates).") var templatesDir: String?
    @Option(help: "Override the template's orientation: portrait or landscape.") var orientation: String?

    @OptionGroup(title: "KIS account") var kis: KISOptions
    @OptionGroup(title: "Database") var database: DatabaseOptions
    @OptionGroup(title: "Clock") var clock: ClockOptions

    func run() async throws {
        let started = ContinuousClock.now
        let context = try CommandContext.load(kis: kis, database: database, clock: clock)
        let configuration: KISConfiguration
        let template: DashboardTemplate
        do {
            configuration = try context.configuration()
            template = try loadTemplate(context.settings.render)
        } catch { throw Console.fail(error) }
        DashboardRenderer.prepareFonts(template.fontFamily)
        let configured = ContinuousClock.now
        let out = self.out ?? AppSettings.expand(context.settings.render.outputPath)
        let account = configuration.account, mode = configuration.mode
        let moment = context.now()
        let data: DashboardData
        switch source {
        case .db:
            let env = try await PipelineEnvironment.make(context, label: "render", migrate: false)
            // render only reads: one read-only session (one connection) for the calendar and the dashboard.
            let reader = env.database.readOnly()
            do {
                // The same calendar as `run` (KIS's holidays as cached, the override file), never asking KIS.
                let market = try await Self.marketStatus(settings: context.settings, database: reader, at: moment)
                data = try await AppEnvironment.dashboardData(
                    database: reader, account: account, mode: mode, now: moment, market: market)
            } catch { throw Console.fail(error) }
        case .api:
            do {
                let client = AppEnvironment.kisClient(configuration, verbose: kis.verbose, now: context.now)
                let market = try await Self.marketStatus(settings: context.settings, database: nil, at: moment)
                data = try await DashboardDataLoader(account: account, mode: mode).fromAPI(
                    client, now: moment, market: market, progress: { Console.progress("render: fetching " + $0) })
            } catch { throw Console.fail(error) }
        }
        let loaded = ContinuousClock.now - started
        do {
            let result = try await DashboardRenderer(template: template).render(data, to: URL(fileURLWithPath: out))
            let seconds = (ContinuousClock.now - started).inSeconds
            if kis.verbose {
                // load = settings (files, template) + database (connect, calendar, diagnosis, dashboard).
                let steps =
                    [
                        ("load", loaded.inSeconds), ("settings", (configured - started).inSeconds),
                        ("database", (loaded - (configured - started)).inSeconds),
                    ]
                    + result.timings.map { ($0.step, $0.seconds) }
                Console.progress(
                    "render timings: "
                        + steps.map { "\($0.0) \(String(format: "%.3f", $0.1)) s" }.joined(separator: ", "))
            }
            print(
                "render: wrote \(out) (\(result.pages) pages, \(result.bytes / 1024) KB, data as of "
                    + "\(KoreanFormat.timestamp(data.dataAsOf))) in \(String(format: "%.2f", seconds)) s")
            if result.unknownGlyphs > 0 {
                Console.progress("warning: \(result.unknownGlyphs) glyphs had no font (shown as boxes)")
            }
        } catch {
            throw Console.fail(
                error, hint: error.code == .font ? "install a Korean font: apt-get install fonts-nanum" : nil)
        }
    }

    /// The header's market status from the calendar `run` uses: the override file, `[schedule]` sessions and KIS's
    /// calendar as cached in the database (read only: rendering never asks KIS for the calendar).
    static func marketStatus(settings: AppSettings, database: Database?, at moment: Date) async throws -> MarketStatus {
        let clock = try await PipelineEnvironment.marketClock(settings: settings, database: database, now: moment)
        return PipelineRenderStage.marketStatus(at: moment, clock: clock)
    }

    func loadTemplate(_ settings: RenderSection) throws -> DashboardTemplate {
        var template = try PipelineRenderStage.template(settings, name: self.template, directory: templatesDir)
        if let orientation {
            guard orientation == "portrait" || orientation == "landscape" else {
                throw CLIError.configuration("--orientation must be portrait or landscape")
            }
            template.landscape = orientation == "landscape"
        }
        return template
    }
}
