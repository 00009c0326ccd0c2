import CLibCrypto
internal import Foundation

/// AES-256-CBC with PKCS#7 padding and Base64 text, as KIS encrypts execution notices (SPEC §7.3):
/// the key is the 32-character `output.key` string as UTF-8 bytes, the IV the 16-character `output.iv`.
///
/// OpenSSL's libcrypto through the shared `CLibCrypto` system library (house style: not swift-crypto).
package enum AESCBC {
    /// Why a libcrypto call failed, or why a key, IV or text was unusable.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package var description: String
    }

    /// `plain` encrypted and Base64-encoded.
    ///
    /// - Throws: ``Failure`` when the key is not 32 bytes, the IV not 16, or libcrypto refuses.
    package static func encryptToBase64(_ plain: String, key: String, iv: String) throws -> String {
        Data(try crypt(Array(plain.utf8), key: key, iv: iv, encrypt: true)).base64EncodedString()
    }

    /// The UTF-8 text of a Base64 ciphertext.
    ///
    /// - Throws: ``Failure`` when the text is not Base64, the padding is wrong, or the key/IV size is wrong.
    package static func decryptBase64(_ text: String, key: String, iv: String) throws -> String {
        guard let data = Data(base64Encoded: text) else { throw Failure(description: "not Base64") }
        return String(decoding: try crypt(Array(data), key: key, iv: iv, encrypt: false), as: UTF8.self)
    }

    /// One EVP pass over `input`.
    private static func crypt(_ input: [UInt8], key: String, iv: String, encrypt: Bool) throws -> [UInt8] {
        let keyBytes = Array(key.utf8)
        let ivBytes = Array(iv.utf8)
        guard keyBytes.count == 32, ivBytes.count == 16 else {
            throw Failure(description: "AES-256-CBC needs a 32-byte key and a 16-byte IV")
        }
        guard let context = EVP_CIPHER_CTX_new() else { throw Failure(description: "EVP_CIPHER_CTX_new failed") }
        defer { EVP_CIPHER_CTX_free(context) }
        guard EVP_CipherInit_ex(context, EVP_aes_256_cbc(), nil, keyBytes, ivBytes, encrypt ? 1 : 0) == 1 else {
            throw Failure(description: "EVP_CipherInit_ex failed")
        }
        var output = [UInt8](repeating: 0, count: input.count + 32)
        var written: Int32 = 0
        var total = 0
        let updated = output.withUnsafeMutableBufferPointer { out in
            EVP_CipherUpdate(context, out.baseAddress, &written, input, Int32(input.count))
        }
        guard updated == 1 else { throw Failure(description: "EVP_CipherUpdate failed") }
        total = Int(written)
        let finished = output.withUnsafeMutableBufferPointer { out in
            EVP_CipherFinal_ex(context, out.baseAddress.map { $0 + total }, &written)
        }
        guard finished == 1 else { throw Failure(description: "bad padding or key") }
        total += Int(written)
        return Array(output.prefix(total))
    }
}
