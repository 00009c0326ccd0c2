import ArgumentParser
import Foundation
import KISAPI
import PortfolioModel

extension TradingMode: ExpressibleByArgument {}

/// Which KIS account to use: the environment (`KIS_*`) over an optional 0600 config file.
struct KISOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Account domain: real (실전) or paper (모의). Default: $KIS_MODE.", valueName: "mode"))
    var mode: TradingMode?

    @Option(
        name: .customLong("config"),
        help: ArgumentHelp(
            "A KEY=value file with the KIS_* settings (must be mode 0600). Default: $KIS_CONFIG_FILE.",
            valueName: "path"))
    var configFile: String?

    @Flag(name: .shortAndLong, help: "Log each KIS request (secrets masked) to stderr.")
    var verbose = false

    /// The validated configuration.
    /// - Throws: ``CLIError/configuration(_:)`` naming the missing or bad setting (never its value).
    func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> KISConfiguration {
        var env = environment
        if let mode { env[KISConfiguration.Key.mode] = mode.rawValue }
        do {
            return try KISConfiguration.load(environment: env, configFile: configFile)
        } catch let error as KISError {
            throw CLIError.configuration(error.message)
        }
    }
}
