import ArgumentParser
import Foundation
import Settings

/// Which settings file: `--config`, else `$KISDASH_CONFIG`, else `./kisdash.toml` if present, else the defaults.
struct SettingsOptions: ParsableArguments {
    @Option(
        name: .customLong("config"),
        help: ArgumentHelp(
            "The settings file (TOML; see kisdash.example.toml). Default: $KISDASH_CONFIG, else ./kisdash.toml "
                + "if it exists.", valueName: "path"))
    var path: String?

    /// The settings file's path, if any.
    func resolvedPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let path { return path }
        if let path = environment["KISDASH_CONFIG"], !path.isEmpty { return path }
        return FileManager.default.fileExists(atPath: "kisdash.toml") ? "kisdash.toml" : nil
    }

    /// The settings.
    /// - Throws: ``CLIError/configuration(_:)`` naming the file and key.
    func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AppSettings {
        guard let path = resolvedPath(environment: environment) else { return AppSettings() }
        do {
            return try AppSettings.load(path: path)
        } catch let error as SettingsError {
            throw CLIError.configuration(error.message)
        }
    }
}
