import CLibCrypto
import Foundation

/// AES-256-CBC with PKCS#7 padding and Base64 text, as KIS encrypts execution notices (SPEC §7.3).
///
/// KIS hands out the key and IV in the subscribe ack as a 32- and a 16-character string; their UTF-8 bytes
/// are the key and IV (not hex, not Base64). The payload is standard Base64 of the ciphertext and decrypts
/// to UTF-8 text. The same functions encrypt, so the simulator and tests build frames the way KIS does.
package enum AES256CBC {
    /// The key length in bytes (AES-256).
    package static let keyLength = 32
    /// The IV length in bytes (one AES block).
    package static let ivLength = 16

    /// Decrypts a Base64 payload to text.
    /// - Parameters:
    ///   - base64: Standard Base64 of the ciphertext.
    ///   - key: The 32-character key string (its UTF-8 bytes are the key).
    ///   - iv: The 16-character IV string (its UTF-8 bytes are the IV).
    /// - Returns: The plaintext, decoded as UTF-8.
    /// - Throws: ``Failure`` for a wrong key or IV length, bad Base64, a wrong key (bad padding) or bytes
    ///   that are not UTF-8.
    package static func decrypt(base64: String, key: String, iv: String) throws -> String {
        let (keyBytes, ivBytes) = try checked(key: key, iv: iv)
        guard let data = Data(base64Encoded: base64) else {
            throw Failure(.invalidBase64, "payload is not valid Base64 (\(base64.utf8.count) characters)")
        }
        guard !data.isEmpty, data.count % ivLength == 0 else {
            throw Failure(.invalidCiphertext, "ciphertext is \(data.count) bytes, not a whole number of AES blocks")
        }
        let plain = try run(encrypting: false, input: Array(data), key: keyBytes, iv: ivBytes)
        guard let text = String(validating: plain, as: UTF8.self) else {
            throw Failure(.invalidUTF8, "decrypted bytes are not UTF-8 (wrong key or IV?)")
        }
        return text
    }

    /// Encrypts text to a Base64 payload (the inverse of ``decrypt(base64:key:iv:)``).
    /// - Parameters:
    ///   - plaintext: The text; its UTF-8 bytes are encrypted.
    ///   - key: The 32-character key string.
    ///   - iv: The 16-character IV string.
    /// - Returns: Standard Base64 of the ciphertext.
    /// - Throws: ``Failure`` for a wrong key or IV length, or if libcrypto refuses.
    package static func encrypt(_ plaintext: String, key: String, iv: String) throws -> String {
        let (keyBytes, ivBytes) = try checked(key: key, iv: iv)
        let cipher = try run(encrypting: true, input: Array(plaintext.utf8), key: keyBytes, iv: ivBytes)
        return Data(cipher).base64EncodedString()
    }

    private static func checked(key: String, iv: String) throws -> ([UInt8], [UInt8]) {
        let keyBytes = Array(key.utf8)
        let ivBytes = Array(iv.utf8)
        guard keyBytes.count == keyLength else {
            throw Failure(.invalidKeyLength, "key must be \(keyLength) bytes of UTF-8, got \(keyBytes.count)")
        }
        guard ivBytes.count == ivLength else {
            throw Failure(.invalidIVLength, "iv must be \(ivLength) bytes of UTF-8, got \(ivBytes.count)")
        }
        return (keyBytes, ivBytes)
    }

    /// One EVP init/update/final pass; PKCS#7 padding is libcrypto's default for CBC.
    private static func run(encrypting: Bool, input: [UInt8], key: [UInt8], iv: [UInt8]) throws -> [UInt8] {
        let context = try CipherContext()
        let step = encrypting ? "EVP_EncryptInit_ex" : "EVP_DecryptInit_ex"
        let initialised =
            encrypting
            ? EVP_EncryptInit_ex(context.pointer, EVP_aes_256_cbc(), nil, key, iv)
            : EVP_DecryptInit_ex(context.pointer, EVP_aes_256_cbc(), nil, key, iv)
        guard initialised == 1 else { throw Failure(.cipherUnavailable, "\(step) failed") }
        var output = [UInt8](repeating: 0, count: input.count + ivLength)
        var written: Int32 = 0
        let updated = output.withUnsafeMutableBufferPointer { out in
            encrypting
                ? EVP_EncryptUpdate(context.pointer, out.baseAddress, &written, input, Int32(input.count))
                : EVP_DecryptUpdate(context.pointer, out.baseAddress, &written, input, Int32(input.count))
        }
        guard updated == 1 else { throw Failure(.invalidCiphertext, "cipher update failed") }
        var tail: Int32 = 0
        let offset = Int(written)
        let finished = output.withUnsafeMutableBufferPointer { out in
            encrypting
                ? EVP_EncryptFinal_ex(context.pointer, out.baseAddress.map { $0 + offset }, &tail)
                : EVP_DecryptFinal_ex(context.pointer, out.baseAddress.map { $0 + offset }, &tail)
        }
        guard finished == 1 else {
            throw Failure(.badPadding, "padding check failed: wrong key or IV, or a damaged payload")
        }
        return Array(output.prefix(offset + Int(tail)))
    }
}
