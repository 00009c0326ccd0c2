import CLibCrypto

/// The one owner of an `EVP_CIPHER_CTX`: made by `EVP_CIPHER_CTX_new`, freed in `deinit`.
///
/// Never Sendable and never stored beyond one call of ``AES256CBC``: a context is confined to the call that
/// made it (house style rule 10), and `deinit` is the only `EVP_CIPHER_CTX_free`.
final class CipherContext {
    /// The context pointer; valid for the object's lifetime.
    let pointer: OpaquePointer

    /// Allocates a context.
    /// - Throws: ``AES256CBC/Failure`` (`.cipherUnavailable`) if libcrypto cannot allocate one.
    init() throws {
        guard let pointer = EVP_CIPHER_CTX_new() else {
            throw AES256CBC.Failure(.cipherUnavailable, "EVP_CIPHER_CTX_new failed")
        }
        self.pointer = pointer
    }

    deinit { EVP_CIPHER_CTX_free(pointer) }
}
