import Feed
import Foundation
import KISDashTestSupport
import Testing

/// Property-style: random strings, random bytes and damaged example frames go through parse, decode and
/// notice reading; every outcome is a value or a thrown ``FeedError``, never a trap.
@Suite struct ParserFuzzTests {
    static let alphabet = Array("01|^{}[]\":,HOSTCNI9PINGPONG header body tr_id rt_cd 가나 +/=AZaz\\\n\t\u{0}")

    /// Runs a text through everything the receive loop would do with it.
    static func exercise(_ text: String, decoder: FrameDecoder) {
        switch FeedMessage.parse(text) {
        case .data(let frame):
            do {
                let decoded = try decoder.decode(frame)
                _ = decoded.layoutWarning
                if FeedTR.isExecutionNotice(decoded.trID) { _ = NoticeReader.notices(in: decoded) }
            } catch {
                #expect(error is FeedError)
            }
        case .control(let ack):
            var copy = decoder
            copy.apply(ack)
            _ = ack.outcome
        case .ping(let ping):
            #expect(ping.text == text)
        case .unreadable(let frame):
            #expect(!frame.reason.isEmpty)
        }
    }

    @Test func randomStringsNeverCrash() throws {
        var generator = SeededGenerator(state: 20_250_715)
        let decoder = try Examples.decoder()
        for _ in 0..<3000 {
            let length = Int.random(in: 0..<120, using: &generator)
            var text = String((0..<length).map { _ in Self.alphabet.randomElement(using: &generator) ?? "0" })
            if Bool.random(using: &generator) {
                text = ["0|", "1|H0STCNI0|", "0|H0STCNT0|001|", "{"][length % 4] + text
            }
            Self.exercise(text, decoder: decoder)
        }
    }

    @Test func randomBytesNeverCrash() throws {
        var generator = SeededGenerator(state: 7)
        let decoder = try Examples.decoder()
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0..<200, using: &generator)).map { _ in
                UInt8.random(in: 0...255, using: &generator)
            }
            Self.exercise(String(decoding: bytes, as: UTF8.self), decoder: decoder)
        }
    }

    @Test func damagedExampleFramesNeverCrash() throws {
        var generator = SeededGenerator(state: 99)
        let decoder = try Examples.decoder()
        let originals = try Examples.frames("ws_frames.txt") + Examples.frames("ws_ccnl_notice_lifecycle.txt")
        for original in originals {
            for _ in 0..<200 {
                var characters = Array(original.text)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: characters = Array(characters.prefix(Int.random(in: 0...characters.count, using: &generator)))
                case 1:
                    if !characters.isEmpty {
                        let index = Int.random(in: 0..<characters.count, using: &generator)
                        characters[index] = Self.alphabet.randomElement(using: &generator) ?? "^"
                    }
                default:
                    let index = Int.random(in: 0...characters.count, using: &generator)
                    characters.insert(contentsOf: "^|^", at: index)
                }
                Self.exercise(String(characters), decoder: decoder)
            }
        }
    }

    @Test func randomPlaintextPayloadsForNoticesNeverCrash() throws {
        var generator = SeededGenerator(state: 3)
        let decoder = try Examples.decoder()
        for _ in 0..<500 {
            let fields = (0..<Int.random(in: 20..<60, using: &generator)).map { _ in
                String(
                    (0..<Int.random(in: 0..<6, using: &generator)).map { _ in
                        Self.alphabet.randomElement(using: &generator) ?? "0"
                    }
                )
                .replacingOccurrences(of: "^", with: "")
            }
            let count = Int.random(in: 1...4, using: &generator)
            let frame = try Examples.noticeFrame([fields.joined(separator: "^")], count: count)
            Self.exercise(frame, decoder: decoder)
        }
    }
}
