extension Duration {
    /// The duration in seconds as a `Double` (for progress lines and reports).
    package var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }

    /// The duration in whole milliseconds, rounded.
    package var inMilliseconds: Int { Int((inSeconds * 1000).rounded()) }
}
