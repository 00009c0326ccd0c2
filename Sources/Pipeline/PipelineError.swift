/// The one error type of the `Pipeline` module: which part of a cycle failed, in words safe to print.
package struct PipelineError: Error, Sendable, CustomStringConvertible {
    /// What failed.
    package enum Code: Hashable, Sendable {
        /// The settings or the calendar override file are unusable.
        case configuration
        /// Writing the local dashboard (temp file, rename, archive copy) failed.
        case output
        /// A publish destination is missing, unwritable or failed after all retries.
        case destination
        /// A stage (sync, diagnosis, render) failed.
        case stage
        /// An external command (rsync, the failure hook) could not run or timed out.
        case command
        /// Another cycle of the same account holds the lock.
        case busy
    }

    package var code: Code
    /// One redacted line.
    package var message: String

    /// Creates an error.
    package init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    package var description: String { message }
}
