extension AES256CBC {
    /// Why a payload could not be encrypted or decrypted.
    ///
    /// The message never contains the key, IV or text.
    package struct Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// The kind of failure.
        package enum Code: String, Sendable {
            /// The key is not 32 bytes of UTF-8.
            case invalidKeyLength
            /// The IV is not 16 bytes of UTF-8.
            case invalidIVLength
            /// The payload is not standard Base64 (for example cut short).
            case invalidBase64
            /// The ciphertext is empty or not a whole number of blocks.
            case invalidCiphertext
            /// The PKCS#7 padding did not check out: almost always a wrong key or IV.
            case badPadding
            /// The plaintext is not UTF-8.
            case invalidUTF8
            /// libcrypto could not set up the cipher.
            case cipherUnavailable
        }

        /// The kind of failure.
        package var code: Code
        /// What went wrong, for people.
        package var message: String

        /// Creates a failure.
        package init(_ code: Code, _ message: String) {
            self.code = code
            self.message = message
        }

        package var description: String { "AES-256-CBC \(code.rawValue): \(message)" }
    }
}
