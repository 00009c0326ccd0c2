/// Counts HTTP calls made to KIS (for the sync's `sync_run` row), token calls and retries included.
package actor CallCounter {
    /// Calls so far.
    package private(set) var count = 0

    /// Creates a counter at zero.
    package init() {}

    /// Adds one call.
    func increment() { count += 1 }
}
