internal import Foundation

/// Counter-based random numbers: every draw is a pure function of its inputs, so any market moment
/// can be recomputed in any order and gives the same answer.
enum Noise {
    /// SplitMix64 finaliser.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Hashes a list of words into one.
    static func hash(_ parts: [UInt64]) -> UInt64 {
        var h: UInt64 = 0x243F_6A88_85A3_08D3
        for part in parts { h = mix(h ^ part) }
        return h
    }

    /// A stable 64-bit hash of a string (FNV-1a); Swift's `Hasher` is seeded per process.
    static func hash(_ text: String) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x100_0000_01B3
        }
        return h
    }

    /// A uniform draw in [0, 1).
    static func uniform(_ parts: [UInt64]) -> Double {
        Double(hash(parts) >> 11) * 0x1p-53
    }

    /// A standard normal draw (Box–Muller), clamped to ±4 so that no single step is absurd.
    static func normal(_ parts: [UInt64]) -> Double {
        let u1 = max(uniform(parts + [1]), 0x1p-53)
        let u2 = uniform(parts + [2])
        let z = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
        return min(4, max(-4, z))
    }
}
