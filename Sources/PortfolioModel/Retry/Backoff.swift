import Foundation

/// The one back-off formula: capped exponential growth, of which a share is random.
///
/// KIS retries (`KISRetryPolicy`: 0.5 s doubling to 8 s, half of it jittered), publishing retries
/// (`DestinationPublisher`: the configured delay, doubling, no jitter) and the feed's reconnects (`ReconnectPolicy`:
/// 1 s doubling to 60 s, half jittered) each choose their numbers and loop their own way (bounded, or forever), but
/// all compute the wait here. The delay after `n` consecutive failures (0-based) is
/// `d = min(maximum, initial × multiplier^n)`, of which the fraction `jitter` is random:
/// `d × (1 − jitter) + d × jitter × r` for `r` in `0..<1`, so it stays within `[d × (1 − jitter), d]` and clients
/// that failed together do not retry in step.
package struct Backoff: Sendable, Hashable {
    /// The delay after the first failure (before jitter).
    package var initial: Duration
    /// The longest delay (before jitter).
    package var maximum: Duration
    /// The growth factor per failure.
    package var multiplier: Double
    /// The randomised fraction of each delay, `0...1`.
    package var jitter: Double

    /// Creates a back-off.
    package init(initial: Duration, maximum: Duration, multiplier: Double = 2, jitter: Double) {
        self.initial = initial
        self.maximum = maximum
        self.multiplier = multiplier
        self.jitter = jitter
    }

    /// The delay after `failures` consecutive failures (0 = the first one).
    /// - Parameters:
    ///   - failures: Consecutive failures before this one; any value, even negative or `Int.max`.
    ///   - random: A number in `0..<1` (clamped; NaN counts as the middle).
    /// - Returns: A delay within `[d × (1 − jitter), d]` in whole milliseconds, never negative.
    package func delay(afterFailures failures: Int, random: Double) -> Duration {
        let base = max(0, initial.inSeconds)
        let cap = max(base, maximum.inSeconds)
        // Cap the exponent: 2^64 seconds is already past any cap, and pow must not overflow to NaN.
        let exponent = Double(min(max(failures, 0), 64))
        let grown = base * pow(max(multiplier, 1), exponent)
        let ceiling = grown.isFinite ? min(grown, cap) : cap
        let share = min(max(jitter, 0), 1)
        let r = random.isFinite ? min(max(random, 0), 1) : 0.5
        let seconds = ceiling * (1 - share) + ceiling * share * r
        return .milliseconds(Int64((seconds * 1000).rounded()))
    }
}
