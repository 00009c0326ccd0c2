import Foundation

/// The optional failure hook: a user command run when a cycle fails or the data is stale.
///
/// For example a Telegram notifier.
///
/// Runs `/bin/sh -c "<command>" kisdash-hook "<summary>"`: the summary is `$1`, is also on standard input, and is
/// in `KISDASH_FAILURE`. It is already redacted (masked account, no secrets). A hook that fails is logged, never
/// fatal.
package struct FailureHook: Sendable {
    package var command: String
    package var timeout: Duration

    /// Creates a hook.
    package init(command: String, timeout: Duration = .seconds(30)) {
        self.command = command
        self.timeout = timeout
    }

    /// Runs the hook with `summary`.
    /// - Returns: One line for the log.
    package func run(summary: String) async -> String {
        do {
            let result = try await CommandRunner.run(
                ["env", "KISDASH_FAILURE=\(summary)", "/bin/sh", "-c", command, "kisdash-hook", summary],
                input: summary + "\n", timeout: timeout)
            if result.timedOut { return "failure hook timed out" }
            return result.status == 0 ? "failure hook ran" : "failure hook exited \(result.status)"
        } catch {
            return "failure hook could not start: \(error)"
        }
    }
}
