/// A deterministic random number generator (SplitMix64): the same seed gives the same sequence on every machine,
/// for fuzzers and jitter tests that must be reproducible.
package struct SeededGenerator: RandomNumberGenerator, Sendable {
    package var state: UInt64

    /// A generator starting at `seed`.
    package init(state seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// One of `items`, or `nil` when there are none.
    package mutating func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[Int(next() % UInt64(items.count))] }
}
