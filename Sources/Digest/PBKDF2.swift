import CLibCrypto

/// PBKDF2-HMAC-SHA256 and secure random bytes from OpenSSL's libcrypto (house style: libcrypto, not swift-crypto).
package enum PBKDF2 {
    /// Why a libcrypto call failed.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package var description: String
    }

    /// The derived key of `password` with `salt`.
    /// - Parameters:
    ///   - password: The secret, as UTF-8 bytes.
    ///   - salt: At least 16 random bytes.
    ///   - iterations: The work factor (OWASP 2023: 600,000 for HMAC-SHA256).
    ///   - length: Output bytes.
    /// - Returns: The derived key, `length` bytes.
    /// - Throws: ``Failure`` if libcrypto refuses.
    package static func sha256(password: [UInt8], salt: [UInt8], iterations: Int, length: Int = 32) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: length)
        // PKCS5_PBKDF2_HMAC takes the password as `const char *`; CChar bytes carry the same UTF-8.
        let chars = password.map { CChar(bitPattern: $0) }
        let ok = chars.withUnsafeBufferPointer { pw in
            salt.withUnsafeBufferPointer { s in
                PKCS5_PBKDF2_HMAC(
                    pw.baseAddress, Int32(pw.count), s.baseAddress, Int32(s.count), Int32(iterations), EVP_sha256(),
                    Int32(length), &out)
            }
        }
        guard ok == 1 else { throw Failure(description: "PKCS5_PBKDF2_HMAC failed") }
        return out
    }

    /// `count` bytes from OpenSSL's CSPRNG.
    /// - Throws: ``Failure`` if the generator is not seeded.
    package static func randomBytes(_ count: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: count)
        guard RAND_bytes(&out, Int32(count)) == 1 else { throw Failure(description: "RAND_bytes failed") }
        return out
    }

    /// Compares two byte strings in time that does not depend on where they differ.
    package static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count, !a.isEmpty else { return a.isEmpty && b.isEmpty }
        return a.withUnsafeBytes { pa in
            b.withUnsafeBytes { pb in CRYPTO_memcmp(pa.baseAddress, pb.baseAddress, a.count) == 0 }
        }
    }
}
