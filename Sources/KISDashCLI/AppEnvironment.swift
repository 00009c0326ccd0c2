import Diagnosis
import Foundation
import HTTPTransport
import KISAPI
import LibPQ
import Logging
import PortfolioModel
import Storage
import Sync

/// The composition root: the one place live dependencies are made and wired together.
enum AppEnvironment {
    /// A logger on stderr at `level`.
    static func logger(_ label: String, verbose: Bool) -> Logger {
        var logger = Logger(label: label)
        logger.logLevel = verbose ? .debug : .warning
        return logger
    }

    /// A logger on stderr at a named level (`[logging] level`, overridden by `KISDASH_LOG_LEVEL`).
    static func logger(_ label: String, level: String) -> Logger {
        var logger = Logger(label: label)
        let name = ProcessInfo.processInfo.environment["KISDASH_LOG_LEVEL"] ?? level
        logger.logLevel = Logger.Level(rawValue: name) ?? .info
        return logger
    }

    /// The database at `url`.
    static func database(url: String, label: String) -> Database {
        Database(
            configuration: Database.Configuration(url: url, applicationName: "kisdash-\(label)"),
            logger: logger("kisdash.database", verbose: false))
    }

    /// A KIS client over URLSession, logging requests (masked) when `verbose`.
    static func kisClient(
        _ configuration: KISConfiguration, verbose: Bool, now: @escaping @Sendable () -> Date
    ) -> KISClient {
        let log = logger("kisdash.kis", verbose: verbose)
        let transport = LoggingTransport(wrapping: URLSessionTransport(), logger: log)
        let runtime = KISRuntime(clock: ContinuousClock(), now: now, realNow: { Date() })
        return KISClient(configuration: configuration, transport: transport, runtime: runtime, logger: log)
    }

    /// The sync engine for `configuration`'s account, writing to `database`.
    static func syncEngine(
        _ configuration: KISConfiguration, database: Database, verbose: Bool, now: @escaping @Sendable () -> Date,
        progress: @escaping @Sendable (String) -> Void
    ) -> SyncEngine {
        let stores = SyncStores(
            writer: AccountWriter(database: database), runs: SyncRunStore(database: database),
            state: SyncStateStore(database: database))
        return SyncEngine(
            source: kisClient(configuration, verbose: verbose, now: now), stores: stores,
            account: configuration.account, mode: configuration.mode, now: now, progress: progress)
    }

    /// The diagnosis service for `settings`, reading and writing `database`.
    ///
    /// A model provider gets a client over URLSession (requests logged masked when `verbose`), the API key from
    /// `environment` only, and the prompt template from ``DiagnosisSettings/promptTemplate`` or `templates/`.
    /// A missing key or template does not fail: the service records it and stores the offline diagnosis.
    static func diagnosisService(
        _ settings: DiagnosisSettings, database: Database, verbose: Bool, now: @escaping @Sendable () -> Date,
        environment: [String: String]
    ) -> DiagnosisService {
        let log = logger("kisdash.diagnosis", verbose: verbose)
        var client: ModelClient?
        var template: PromptTemplate?
        var problem: String?
        if settings.provider.isModel, let model = settings.model, let baseURL = settings.baseURL {
            let keyName = settings.resolvedAPIKeyVariable ?? "GEMINI_API_KEY"
            let key = environment[keyName].flatMap { $0.isEmpty ? nil : APIKey($0) }
            if key == nil, settings.provider == .gemini { problem = "\(keyName) is not set" }
            client = ModelClient(
                provider: settings.provider, model: model, baseURL: baseURL, apiKey: key, timeout: settings.timeout,
                transport: LoggingTransport(wrapping: URLSessionTransport(), logger: log))
            do {
                template = try PromptTemplate.load(try templateURL(settings))
            } catch let error as DiagnosisError {
                problem = problem ?? error.message
            } catch {
                problem = problem ?? "cannot read the prompt template"
            }
        }
        let dependencies = DiagnosisService.Dependencies(
            source: DashboardStore(database: database), store: DiagnosisStore(database: database),
            writer: DiagnosisWriter(database: database), client: client, template: template, problem: problem,
            now: now)
        return DiagnosisService(settings: settings, dependencies: dependencies, logger: log)
    }

    /// The configured template, else the first `templates/diagnosis_prompt.md` that exists.
    private static func templateURL(_ settings: DiagnosisSettings) throws -> URL {
        if let url = settings.promptTemplate { return url }
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let executable = Bundle.main.executableURL ?? cwd
        let candidates = DiagnosisSettings.templateCandidates(currentDirectory: cwd, executable: executable)
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
            throw DiagnosisError(code: .configuration, message: "templates/\(PromptTemplate.fileName) not found")
        }
        return found
    }
}
