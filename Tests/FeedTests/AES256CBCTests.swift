import Digest
import Feed
import Testing

/// AES-256-CBC/PKCS#7/Base64 against the SPEC's composed frames (key and IV as UTF-8 strings).
@Suite struct AES256CBCTests {
    @Test func everyExampleFrameDecryptsToItsDocumentedPlaintext() throws {
        let frames = try Examples.encryptedNoticeFrames()
        #expect(frames.count == 10)
        for frame in frames {
            let payload = String(frame.text.split(separator: "|", maxSplits: 3)[3])
            let plain = try AES256CBC.decrypt(base64: payload, key: Examples.key.key, iv: Examples.key.iv)
            #expect(plain == frame.decrypted)
        }
    }

    @Test func encryptingTheDocumentedPlaintextGivesTheExamplePayload() throws {
        for frame in try Examples.encryptedNoticeFrames() {
            let payload = String(frame.text.split(separator: "|", maxSplits: 3)[3])
            let encrypted = try AES256CBC.encrypt(frame.decrypted ?? "", key: Examples.key.key, iv: Examples.key.iv)
            #expect(encrypted == payload)
        }
    }

    @Test(arguments: ["", "a", "exactly sixteen!", String(repeating: "가", count: 100)])
    func roundTripsAnyText(_ text: String) throws {
        let sealed = try AES256CBC.encrypt(text, key: Examples.key.key, iv: Examples.key.iv)
        #expect(try AES256CBC.decrypt(base64: sealed, key: Examples.key.key, iv: Examples.key.iv) == text)
    }

    @Test func keyMustBe32BytesAndIV16Bytes() {
        #expect(throws: AES256CBC.Failure.self) { try AES256CBC.encrypt("x", key: "short", iv: Examples.key.iv) }
        let keyError = #expect(throws: AES256CBC.Failure.self) {
            try AES256CBC.decrypt(base64: "AAAA", key: String(repeating: "k", count: 31), iv: Examples.key.iv)
        }
        #expect(keyError?.code == .invalidKeyLength)
        let ivError = #expect(throws: AES256CBC.Failure.self) {
            try AES256CBC.decrypt(base64: "AAAA", key: Examples.key.key, iv: String(repeating: "v", count: 17))
        }
        #expect(ivError?.code == .invalidIVLength)
        // 32 characters but not 32 bytes: the key is the UTF-8 bytes, not the characters.
        let wide = #expect(throws: AES256CBC.Failure.self) {
            try AES256CBC.decrypt(base64: "AAAA", key: String(repeating: "가", count: 32), iv: Examples.key.iv)
        }
        #expect(wide?.code == .invalidKeyLength)
    }

    @Test func truncatedBase64IsAClearError() throws {
        let frame = try #require(try Examples.encryptedNoticeFrames().first)
        let payload = String(frame.text.split(separator: "|", maxSplits: 3)[3])
        for cut in [1, 5, 17, payload.count / 2] {
            let error = #expect(throws: AES256CBC.Failure.self) {
                try AES256CBC.decrypt(base64: String(payload.dropLast(cut)), key: Examples.key.key, iv: Examples.key.iv)
            }
            #expect([.invalidBase64, .invalidCiphertext, .badPadding].contains(error?.code))
        }
        let empty = #expect(throws: AES256CBC.Failure.self) {
            try AES256CBC.decrypt(base64: "", key: Examples.key.key, iv: Examples.key.iv)
        }
        #expect(empty?.code == .invalidCiphertext)
    }

    @Test func wrongKeyFailsWithoutRevealingTheKey() throws {
        let frame = try #require(try Examples.encryptedNoticeFrames().first)
        let payload = String(frame.text.split(separator: "|", maxSplits: 3)[3])
        let wrongKey = "Xq3Lr8Tz1Vb6Nm4Kc9Pw2Hs7Jd5Gf0Ya"
        let error = #expect(throws: AES256CBC.Failure.self) {
            try AES256CBC.decrypt(base64: payload, key: wrongKey, iv: Examples.key.iv)
        }
        #expect([.badPadding, .invalidUTF8].contains(error?.code))
        #expect(error.map { !"\($0)".contains(wrongKey) } == true)
    }
}
