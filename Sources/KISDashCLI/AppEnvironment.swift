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
}
