/// The one error type of the Sync module: which step failed, and why, in words safe to print.
package struct SyncError: Error, Sendable, CustomStringConvertible {
    /// The step of the sync that failed.
    package enum Step: String, Sendable {
        case migrate, balance, orders, quotes, unfilled, dailyPrices = "daily prices", minuteBars = "minute bars",
            storedState =
            "stored state", write
    }

    package var step: Step
    /// A one-line, redacted description of the cause (the underlying error's `description`).
    package var message: String
    /// The underlying error's type name, stored in `sync_run.error_class`.
    package var errorClass: String
    package var underlying: (any Error)?

    /// Wraps `underlying` as the failure of `step`.
    package init(step: Step, underlying: any Error) {
        self.step = step
        self.underlying = underlying
        self.errorClass = String(describing: type(of: underlying))
        self.message = String(describing: underlying).split(separator: "\n").first.map(String.init) ?? ""
    }

    package var description: String { "sync failed while fetching or writing \(summary)" }

    /// The step and the cause, such as `balance: KISError.timeout: inquire-balance: …`.
    ///
    /// What `sync_run.message` keeps (its row already says it failed) and the dashboard's failed-sync banner shows.
    package var summary: String { "\(step.rawValue): \(message)" }
}
