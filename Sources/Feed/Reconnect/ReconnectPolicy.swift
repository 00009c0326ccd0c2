import PortfolioModel

/// How long to wait before reconnecting: capped exponential back-off with jitter, and no attempt limit.
///
/// The official sample gives up after 3 reconnects and peers' feeds die overnight; this one never gives up.
/// The delay is `PortfolioModel.Backoff`'s (the one back-off formula, shared with the KIS and publishing retries):
/// for the `n`th consecutive failure (0-based), `d = min(maximumDelay, initialDelay × multiplier^n)`, of which the
/// fraction `jitter` is random, so delays stay within `[d × (1 − jitter), d]` and a fleet of clients does not
/// reconnect in step.
package struct ReconnectPolicy: Sendable, Equatable {
    /// The delay after the first failure (before jitter).
    package var initialDelay: Duration
    /// The longest delay (before jitter); reached after a few failures and then kept forever.
    package var maximumDelay: Duration
    /// The growth factor per failure.
    package var multiplier: Double
    /// The randomised fraction of each delay, `0...1`.
    package var jitter: Double
    /// A connection that stayed up this long counts as healthy: the next failure starts from
    /// ``initialDelay`` again.
    package var healthyAfter: Duration

    /// Creates a policy.
    package init(
        initialDelay: Duration = .seconds(1), maximumDelay: Duration = .seconds(60), multiplier: Double = 2,
        jitter: Double = 0.5, healthyAfter: Duration = .seconds(120)
    ) {
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
        self.multiplier = multiplier
        self.jitter = jitter
        self.healthyAfter = healthyAfter
    }

    /// 1 s doubling to 60 s, half of it jittered, reset after 2 healthy minutes.
    package static let standard = ReconnectPolicy()

    /// The delay after `failures` consecutive failures (0 = the first one).
    /// - Parameters:
    ///   - failures: Consecutive failures before this one; any value, even `Int.max`.
    ///   - random: A number in `0..<1` (clamped).
    /// - Returns: A delay within `[d × (1 − jitter), d]`, never negative.
    package func delay(afterFailures failures: Int, random: Double) -> Duration {
        Backoff(initial: initialDelay, maximum: maximumDelay, multiplier: multiplier, jitter: jitter)
            .delay(afterFailures: failures, random: random)
    }

    /// The delay after `failures` failures, with jitter drawn from `generator`.
    package func delay(afterFailures failures: Int, using generator: inout some RandomNumberGenerator) -> Duration {
        delay(afterFailures: failures, random: Double.random(in: 0..<1, using: &generator))
    }
}
