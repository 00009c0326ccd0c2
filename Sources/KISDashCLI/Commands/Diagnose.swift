import ArgumentParser
import Diagnosis
import Foundation
import KISAPI
import PortfolioModel
import Storage

extension DiagnosisSource: ExpressibleByArgument {}

/// `kisdash diagnose`: compute the fact sheet, make the diagnosis (offline rules or a checked model reply), store it.
struct Diagnose: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Diagnose the portfolio from the stored data and store the diagnosis (offline by default).",
        discussion: """
            Computes a fact sheet from the latest stored snapshot (weights, concentration, cash, P&L, trend, \
            drawdown, today's fills and costs, data age) and writes a Korean diagnosis: by rules (offline, the \
            default, no network), or by a model (gemini, openai) whose every number must match a fact — sentences \
            that fail are dropped, and a failed, late or mostly dropped reply falls back to the offline text with \
            the reason stored. A model is called at most once per interval and never when the facts are unchanged.

            Settings: KISDASH_AI_PROVIDER, KISDASH_AI_MODEL, KISDASH_AI_BASE_URL, KISDASH_AI_TIMEOUT_SECONDS, \
            KISDASH_AI_MIN_INTERVAL_MINUTES, KISDASH_AI_LOSS_THRESHOLD, KISDASH_AI_PROMPT_TEMPLATE; the API key \
            only from GEMINI_API_KEY / OPENAI_API_KEY (or the variable named by KISDASH_AI_API_KEY_ENV).
            """)

    @OptionGroup(title: "KIS account") var kis: KISOptions
    @OptionGroup(title: "Database") var database: DatabaseOptions
    @OptionGroup(title: "Clock") var clock: ClockOptions

    @Option(
        help: ArgumentHelp(
            "offline, gemini or openai. Default: $KISDASH_AI_PROVIDER, else offline.", valueName: "provider"))
    var provider: DiagnosisSource?

    @Option(help: ArgumentHelp("The model name. Default: $KISDASH_AI_MODEL.", valueName: "name"))
    var model: String?

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp("The provider's base URL. Default: $KISDASH_AI_BASE_URL.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .customLong("print"), help: "Print the diagnosis: source line, summary, risks, per-holding comments.")
    var shouldPrint = false

    func run() async throws {
        let env = ProcessInfo.processInfo.environment
        let (settings, configuration, url, now) = try prepare(environment: env)
        let db = AppEnvironment.database(url: url, label: "diagnose")
        do {
            try await Migrator(database: db).migrate()
        } catch { throw Diagnostics.fail(error, hint: "is the database running? (make db-url)") }
        let service = AppEnvironment.diagnosisService(
            settings, database: db, verbose: kis.verbose, now: now, environment: env)
        do {
            let outcome = try await service.run(account: configuration.account, mode: configuration.mode)
            let d = outcome.diagnosis
            if let reason = d.fallbackReason, !outcome.isReused {
                Diagnostics.progress("warning: \(d.provider) reply not used (\(reason)); stored the offline diagnosis")
            }
            print(DiagnosisPrintText.statusLine(outcome))
            if shouldPrint {
                print(DiagnosisPrintText.render(d, account: configuration.account, mode: configuration.mode))
            }
        } catch let error as DiagnosisError where error.code == .noSnapshot {
            throw Diagnostics.fail(CLIError.failed(error.message))
        } catch {
            throw Diagnostics.fail(error)
        }
    }

    /// Validated settings, account, database URL and clock; a bad setting exits 64.
    private func prepare(environment env: [String: String]) throws -> (
        DiagnosisSettings, KISConfiguration, String, @Sendable () -> Date
    ) {
        do {
            var settings = try DiagnosisSettings.fromEnvironment(env)
            if let provider { settings.provider = provider }
            if let model { settings.model = model }
            if let baseURL {
                settings.baseURL = try DiagnosisSettings.fromEnvironment([DiagnosisSettings.Key.baseURL: baseURL])
                    .baseURL
            }
            try settings.validate()
            return (settings, try kis.load(), try database.resolvedURL(), try clock.clock())
        } catch let error as DiagnosisError {
            throw Diagnostics.fail(CLIError.configuration(error.message))
        } catch {
            throw Diagnostics.fail(error)
        }
    }
}
