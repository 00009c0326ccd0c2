import Digest
import Feed
import Foundation
import Testing

/// One frame of an example file, with the plaintext documented under it (`#   decrypted: …`).
struct ExampleFrame: Sendable, CustomTestStringConvertible {
    var text: String
    var decrypted: String?
    var testDescription: String { String(text.prefix(30)) }
}

/// The SPEC's example traffic, copied into this target's `Fixtures/`.
enum Examples {
    struct Missing: Error { var name: String }

    /// The key and IV of `ws_subscribe_ack_H0STCNI0.json`.
    static let key = PayloadKey(key: "k7Qp2Xz9Lm4Vb8Rt1Wy6Nc3Hs5Dj0Fg1", iv: "3f9c1a7e5b2d4c80")

    static func text(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw Missing(name: name)
        }
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    /// The frames of a `.txt` example, in order.
    static func frames(_ name: String) throws -> [ExampleFrame] {
        var frames: [ExampleFrame] = []
        for line in try text(name).split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#   decrypted: "), !frames.isEmpty {
                frames[frames.count - 1].decrypted = String(line.dropFirst("#   decrypted: ".count))
            } else if !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespaces).isEmpty {
                frames.append(ExampleFrame(text: String(line)))
            }
        }
        return frames
    }

    /// The encrypted notice frames of both example files (10: 2 in ws_frames, 8 in the lifecycle).
    static func encryptedNoticeFrames() throws -> [ExampleFrame] {
        try (frames("ws_frames.txt") + frames("ws_ccnl_notice_lifecycle.txt")).filter { $0.text.hasPrefix("1|") }
    }

    /// A decoder holding the example key, as after the H0STCNI0 ack.
    static func decoder() throws -> FrameDecoder {
        var decoder = FrameDecoder()
        guard case .control(let ack) = FeedMessage.parse(try text("ws_subscribe_ack_H0STCNI0.json")) else {
            throw Missing(name: "ack")
        }
        decoder.apply(ack)
        return decoder
    }

    /// An encrypted H0STCNI0 frame of `records` (each a `^`-joined record) with the example key.
    static func noticeFrame(_ records: [String], count: Int? = nil, trID: String = "H0STCNI0") throws -> String {
        let payload = try AES256CBC.encrypt(records.joined(separator: "^"), key: key.key, iv: key.iv)
        return "1|\(trID)|" + String(format: "%03d", count ?? records.count) + "|" + payload
    }

    /// The accepted-order record of ws_frames.txt (000660, 5 @ 280,000).
    static let acceptedRecord =
        "myhtsid^1234567801^0000117342^^02^0^00^0^000660^0000000005^000280000^093011^0^1^1^06010^000000005^홍길동^^1^Y^^10^^SK하이닉스^000280000"
    /// The fill record of ws_frames.txt (005930, 10 @ 62,400).
    static let fillRecord =
        "myhtsid^1234567801^0000117057^^02^0^00^0^005930^0000000010^000062400^091533^0^2^2^06010^000000010^홍길동^^1^Y^^10^^삼성전자^000062400"

    /// `record` with field `index` replaced by `value`.
    static func replacing(_ record: String, field index: Int, with value: String) -> String {
        var fields = record.split(separator: "^", omittingEmptySubsequences: false).map(String.init)
        fields[index] = value
        return fields.joined(separator: "^")
    }
}
