import ArgumentParser
import Diagnosis
import Foundation
import KISAPI
import PortfolioModel
import Settings
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

            Settings: the [diagnosis] section of the settings file, under KISDASH_AI_PROVIDER, KISDASH_AI_MODEL, KISDASH_AI_BASE_URL, KISDASH_AI_TIMEOUT_SECONDS, \
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
        let context = try CommandContext.load(kis: kis, database: database, clock: clock)
        let env = context.environment
        let settings = try prepare(context)
        let pipeline = try await PipelineEnvironment.make(context, label: "diagnose")
        let (configuration, db, now) = (pipeline.configuration, pipeline.database, pipeline.now)
        let service = AppEnvironment.diagnosisService(
            settings, database: db, verbose: kis.verbose, now: now, environment: env)
        do {
            let outcome = try await service.run(account: configuration.account, mode: configuration.mode)
            let d = outcome.diagnosis
            if let reason = d.fallbackReason, !outcome.isReused {
                Console.progress("warning: \(d.provider) reply not used (\(reason)); stored the offline diagnosis")
            }
            print(DiagnosisPrintText.statusLine(outcome))
            if shouldPrint {
                print(DiagnosisPrintText.render(d, account: configuration.account, mode: configuration.mode))
            }
        } catch let error as DiagnosisError where error.code == .noSnapshot {
            throw Console.fail(CLIError.failed(error.message))
        } catch {
            throw Console.fail(error)
        }
    }

    /// The diagnosis settings: the flags over `KISDASH_AI_*` over `[diagnosis]`; a bad setting exits 64.
    private func prepare(_ context: CommandContext) throws -> DiagnosisSettings {
        do {
            let env = context.environment
            var settings =
                try PipelineDiagnosisStage.settings(context.settings.diagnosis, environment: env)
                ?? DiagnosisSettings.fromEnvironment(env)
            if let provider { settings.provider = provider }
            if let model { settings.model = model }
            if let baseURL {
                settings.baseURL = try DiagnosisSettings.fromEnvironment([DiagnosisSettings.Key.baseURL: baseURL])
                    .baseURL
            }
            try settings.validate()
            return settings
        } catch let error as DiagnosisError {
            throw Console.fail(CLIError.configuration(error.message))
        } catch {
            throw Console.fail(error)
        }
    }
}
