import Foundation

/// The optional failure hook: a user command run when a cycle fails or the data is stale.
///
/// For example a Telegram notifier.
///
/// Runs `/bin/sh -c "<command>" kisdash-hook "<summary>"`: the summary is `$1`, is also on standard input, and is
/// in `KISDASH_FAILURE`. It is already redacted (masked account, no secrets). The hook gets a scrubbed
/// environment, ``environment(from:summary:)``: kisdash's own holds the KIS app key and secret, the account, the
/// database URL with its password and the model keys, and a notifier has no business with any of them. A hook
/// that needs a secret of its own (a bot token) reads it from its own file. A hook that fails is logged, never
/// fatal.
package struct FailureHook: Sendable {
    package var command: String
    package var timeout: Duration

    /// The variables passed on from kisdash's environment, when set.
    ///
    /// Where programs are, whose home, the locale and the zone. Everything else (`KIS_*`, `DATABASE_URL`, `PG*`, `*_API_KEY`, `KISDASH_*`) stays behind.
    package static let passedVariables = [
        "PATH", "HOME", "USER", "LOGNAME", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "TMPDIR",
    ]

    /// `PATH` when kisdash's environment has none (cron gives one, but a bare `env -i` does not).
    static let defaultPath = "/usr/local/bin:/usr/bin:/bin"

    /// Creates a hook.
    package init(command: String, timeout: Duration = .seconds(30)) {
        self.command = command
        self.timeout = timeout
    }

    /// The hook's whole environment: ``passedVariables`` from `parent`, and `KISDASH_FAILURE` = `summary`.
    /// - Parameters:
    ///   - parent: kisdash's environment.
    ///   - summary: The redacted one-line summary.
    /// - Returns: The variables the hook runs with.
    package static func environment(from parent: [String: String], summary: String) -> [String: String] {
        var result = parent.filter { passedVariables.contains($0.key) }
        if result["PATH"] == nil { result["PATH"] = defaultPath }
        result["KISDASH_FAILURE"] = summary
        return result
    }

    /// Runs the hook with `summary`.
    /// - Parameters:
    ///   - summary: The redacted one-line summary.
    ///   - parent: kisdash's environment (the hook gets only part of it).
    /// - Returns: One line for the log.
    package func run(summary: String, parent: [String: String] = ProcessInfo.processInfo.environment) async -> String {
        do {
            let result = try await CommandRunner.run(
                ["/bin/sh", "-c", command, "kisdash-hook", summary], input: summary + "\n", timeout: timeout,
                environment: Self.environment(from: parent, summary: summary))
            if result.timedOut { return "failure hook timed out" }
            return result.status == 0 ? "failure hook ran" : "failure hook exited \(result.status)"
        } catch {
            return "failure hook could not start: \(error)"
        }
    }
}
