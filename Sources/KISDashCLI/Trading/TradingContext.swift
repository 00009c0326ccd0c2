import Foundation
import KISAPI
import Pipeline
import PortfolioModel
import Storage
import Trading

#if canImport(Glibc)
    import Glibc
#endif

/// What every trading command stands on: the shared command context plus the order desk and the two guards
/// that belong to the command line (the trading password and `REAL_TRADING_ENABLED`).
struct TradingContext {
    let env: PipelineEnvironment
    let desk: OrderDesk
    let journal: TradeJournal
    let environment: [String: String]

    var configuration: KISConfiguration { env.configuration }
    var mode: TradingMode { env.configuration.mode }
    var client: KISClient { AppEnvironment.kisClient(env.configuration, verbose: env.verbose, now: env.now) }
    var password: TradingPassword {
        TradingPassword(directory: env.configuration.stateDirectory, iterations: passwordIterations)
    }

    /// Loads the context for `mode` (nil: the configured mode).
    static func make(
        kis: KISOptions, database: DatabaseOptions, clock: ClockOptions, mode: TradingMode?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) async throws -> TradingContext {
        var kis = kis
        if let mode { kis.mode = mode }
        let env = try await PipelineEnvironment.make(kis: kis, database: database, clock: clock, label: "trade")
        let journal = TradeJournal(database: env.database)
        let client = AppEnvironment.kisClient(env.configuration, verbose: env.verbose, now: env.now)
        let calendar = env
        let desk = OrderDesk(
            gateway: client, journal: journal,
            pendingFile: PendingOrderFile(directory: env.configuration.stateDirectory), now: env.now,
            isTradingDay: { day in try await calendar.marketClock(refresh: false).isTradingDay(day) })
        return TradingContext(env: env, desk: desk, journal: journal, environment: environment)
    }

    /// PBKDF2 iterations for a new password (`KISDASH_PASSWORD_ITERATIONS` lowers it for tests only).
    var passwordIterations: Int { Self.passwordIterations(environment) }

    /// The PBKDF2 iterations for a new password: 600,000, or `KISDASH_PASSWORD_ITERATIONS` (tests, ≥ 1,000).
    static func passwordIterations(_ environment: [String: String]) -> Int {
        Int(environment["KISDASH_PASSWORD_ITERATIONS"] ?? "").map { max(1_000, $0) } ?? 600_000
    }

    /// Real mode: asks for the trading password and checks it (journaling a refusal).
    ///
    /// Paper: nothing.
    func requirePassword(requestID: String = "") async throws {
        guard mode == .real else { return }
        guard password.isSet else {
            throw TradingError(.passwordRefused, "no trading password is set: run `kisdash password set` first")
        }
        let typed = try readPassword(prompt: "trading password (패스워드): ")
        do {
            try password.verify(typed, now: env.now())
        } catch let error as TradingError {
            try? await journal.append(
                TradeEvent(
                    requestID: requestID, kind: .passwordRefused, detail: ["reason": error.message],
                    recordedAt: env.now()),
                account: configuration.account, mode: mode)
            throw error
        }
    }

    /// Real orders need `REAL_TRADING_ENABLED=true` at confirmation.
    func requireRealTradingEnabled(requestID: String) async throws {
        guard mode == .real, environment["REAL_TRADING_ENABLED"]?.lowercased() != "true" else { return }
        try? await journal.append(
            TradeEvent(
                requestID: requestID, kind: .guardRefused, detail: ["reason": "REAL_TRADING_ENABLED not set"],
                recordedAt: env.now()),
            account: configuration.account, mode: mode)
        throw TradingError(
            .realTradingDisabled, "real orders need REAL_TRADING_ENABLED=true in the environment; nothing was sent")
    }

    /// The password from the environment (see ``PasswordSource``), else the terminal without echo.
    func readPassword(prompt: String) throws -> String {
        if let password = try PasswordSource.fromEnvironment(environment, required: false) { return password }
        guard isatty(0) == 1, let typed = Terminal.readSecret(prompt: prompt) else {
            throw TradingError(
                .passwordRefused,
                "real-mode trading needs the trading password: type it at a terminal, or set "
                    + "KISDASH_TRADING_PASSWORD_FILE (a 0600 file) for scripts")
        }
        return typed
    }
}

/// Where scripts put the trading password: `KISDASH_TRADING_PASSWORD_FILE` (a 0600 file), else
/// `KISDASH_TRADING_PASSWORD`.
enum PasswordSource {
    /// The password from the environment; nil when neither is set and `required` is false.
    static func fromEnvironment(_ environment: [String: String], required: Bool = true) throws -> String? {
        if let file = environment["KISDASH_TRADING_PASSWORD_FILE"], !file.isEmpty {
            do {
                guard let data = try PrivateFile.read(file) else {
                    throw TradingError(.passwordRefused, "KISDASH_TRADING_PASSWORD_FILE: \(file) does not exist")
                }
                return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
            } catch let error as PrivateFile.Failure {
                throw TradingError(.passwordRefused, "KISDASH_TRADING_PASSWORD_FILE: \(error)")
            }
        }
        if let value = environment["KISDASH_TRADING_PASSWORD"], !value.isEmpty { return value }
        if required { throw TradingError(.passwordRefused, "no trading password given") }
        return nil
    }
}
