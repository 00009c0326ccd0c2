import ArgumentParser
import Foundation
import KISAPI
import PortfolioModel
import Settings

extension TradingMode: ExpressibleByArgument {}

/// Which KIS account to use: the environment (`KIS_*`) over an optional 0600 config file.
struct KISOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Account domain: real (실전) or paper (모의). Default: $KIS_MODE.", valueName: "mode"))
    var mode: TradingMode?

    @Option(
        name: .customLong("secrets"),
        help: ArgumentHelp(
            "A KEY=value file with the KIS_* secrets (must be mode 0600). Default: [kis] secrets_file, else "
                + "$KIS_CONFIG_FILE.", valueName: "path"))
    var configFile: String?

    @OptionGroup(title: "Settings") var settings: SettingsOptions

    @Flag(name: .shortAndLong, help: "Log each KIS request (secrets masked) to stderr.")
    var verbose = false

    /// The validated configuration.
    /// - Throws: ``CLIError/configuration(_:)`` naming the missing or bad setting (never its value).
    func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> KISConfiguration {
        try load(settings: try settings.load(environment: environment), environment: environment)
    }

    /// The validated configuration: the environment over the secrets file over the settings' `[kis]` section.
    /// - Throws: ``CLIError/configuration(_:)`` naming the missing or bad setting (never its value).
    func load(settings: AppSettings, environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> KISConfiguration
    {
        var env = environment
        let kis = settings.kis
        let defaults: [(String, String?)] = [
            (KISConfiguration.Key.mode, kis.mode), (KISConfiguration.Key.baseURL, kis.baseURL),
            (KISConfiguration.Key.rateLimit, kis.rateLimit.map(String.init)),
            (KISConfiguration.Key.timeoutSeconds, kis.timeoutSeconds.map(String.init)),
            (KISConfiguration.Key.stateDirectory, kis.stateDirectory.map { AppSettings.expand($0) }),
        ]
        if let mode { env[KISConfiguration.Key.mode] = mode.rawValue }
        let secrets = configFile ?? kis.secretsFile.map { AppSettings.expand($0) }
        do {
            // The settings file is the lowest layer: below the secrets file as well as the environment.
            let fromFile = try secrets.map { try KISConfiguration.secretsFile($0) } ?? [:]
            for case (let key, let value?) in defaults where env[key, default: ""].isEmpty && fromFile[key] == nil {
                env[key] = value
            }
            return try KISConfiguration.load(environment: env, configFile: secrets)
        } catch let error as KISError {
            throw CLIError.configuration(error.message)
        }
    }
}
