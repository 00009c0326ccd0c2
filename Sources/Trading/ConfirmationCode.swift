import Digest
import Foundation

/// The 4-character code that confirms a pending order (the seed's `XT9W`).
///
/// The alphabet leaves out characters that look alike on a screen or when read aloud (0/O/Q/D, 1/I/L, 2/Z, 5/S,
/// 8/B, U/V, and the vowels that spell words): 21 symbols, 194,481 codes; three wrong tries void the order. Input is upper-cased and trimmed, so `xt9w` confirms `XT9W`.
package enum ConfirmationCode {
    /// The symbols a code is drawn from.
    package static let alphabet = Array("ACEFGHJKMNPRTWXY34679")

    /// A fresh random code from libcrypto's generator.
    /// - Throws: ``TradingError`` `.stateFile` when the generator fails.
    package static func make() throws -> String {
        do {
            return try make(from: PBKDF2.randomBytes(16))
        } catch {
            throw TradingError(.stateFile, "cannot draw a confirmation code", underlying: error)
        }
    }

    /// The code drawn from `bytes` by rejection sampling (no modulo bias); deterministic for tests.
    package static func make(from bytes: [UInt8]) -> String {
        let n = alphabet.count
        let limit = 256 - 256 % n
        var code = ""
        for byte in bytes where Int(byte) < limit && code.count < 4 { code.append(alphabet[Int(byte) % n]) }
        while code.count < 4 { code.append(alphabet[0]) }
        return code
    }

    /// What the user typed, normalised: trimmed and upper-cased.
    package static func normalize(_ typed: String) -> String {
        typed.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
    }

    /// The salted digest stored in the pending order instead of the code itself.
    package static func digest(_ code: String, salt: String) -> String { SHA256.hex(salt + ":" + normalize(code)) }
}
