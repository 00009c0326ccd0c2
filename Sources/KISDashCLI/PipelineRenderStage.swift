import Dashboard
import Foundation
import LibPQ
import Pipeline
import PortfolioModel
import Reporting
import Settings
import Storage

/// The real renderer (issue 3) as the pipeline's render stage: loads the dashboard data from the database and
/// draws it with the `[render]` template into the temporary file the pipeline gives it.
struct PipelineRenderStage: RenderStage {
    var template: DashboardTemplate
    var database: Database
    var account: AccountNumber
    var mode: TradingMode
    /// The pipeline's market clock, so the header says 휴장일 on a KIS holiday or an override-file closure (the
    /// renderer alone only knows weekends and hours).
    var clock: MarketClock?

    /// The stage for `settings`' `[render]` section (the template from `$KISDASH_TEMPLATES_DIR` or `./templates`).
    /// - Throws: ``CLIError/configuration(_:)`` for a bad template, naming the key.
    init(
        settings: RenderSection, database: Database, account: AccountNumber, mode: TradingMode,
        clock: MarketClock? = nil
    ) throws {
        self.template = try Self.template(settings)
        self.database = database
        self.account = account
        self.mode = mode
        self.clock = clock
    }

    /// The `[render]` template: `name` (a flag) over `[render] template`, from `directory` (a flag) over
    /// `$KISDASH_TEMPLATES_DIR` or `./templates`, with `[render] stale_minutes`.
    /// - Throws: ``CLIError/configuration(_:)`` naming the template and key.
    static func template(_ settings: RenderSection, name: String? = nil, directory: String? = nil) throws
        -> DashboardTemplate
    {
        let chosen = name ?? settings.template
        do {
            var template = try TemplateFiles.load(
                name: chosen == "dashboard" ? nil : chosen, directory: TemplateFiles.directory(override: directory))
            template.staleMinutes = settings.staleMinutes
            return template
        } catch {
            throw CLIError.configuration("\(name == nil ? "[render] template" : "--template"): \(error.message)")
        }
    }

    /// The header's market status: a day closed by the calendar or the override file, else the hours.
    func marketStatus(at now: Date) -> MarketStatus { Self.marketStatus(at: now, clock: clock) }

    /// The header's market status by `clock` (KIS's calendar and the override file), else by the hours alone.
    static func marketStatus(at now: Date, clock: MarketClock?) -> MarketStatus {
        let day = TradeDate(now)
        if let clock, !day.isWeekend, clock.closure(on: day) != nil {
            return .closed(reason: clock.overrides.closed[day].map { "휴장 (\($0))" } ?? "휴장일")
        }
        return MarketHours.status(at: now)
    }

    func render(to destination: URL, at now: Date) async throws -> String {
        let data = try await AppEnvironment.dashboardData(
            database: database, account: account, mode: mode, now: now, market: marketStatus(at: now))
        let result = try await DashboardRenderer(template: template).render(data, to: destination)
        return "\(result.pages) pages"
    }
}
