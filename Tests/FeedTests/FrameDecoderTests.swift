import Feed
import Foundation
import PortfolioModel
import Testing

/// Record splitting (count decides), extra trailing fields, the older layout, keys and decryption errors.
@Suite struct FrameDecoderTests {
    static func decode(_ text: String, decoder: FrameDecoder? = nil) throws -> DecodedFrame {
        guard case .data(let frame) = FeedMessage.parse(text) else {
            throw FeedError(.malformedFrame, "test frame did not parse")
        }
        return try (decoder ?? Examples.decoder()).decode(frame)
    }

    static func notices(_ text: String) throws -> [ExecutionNotice] {
        try NoticeReader.notices(in: decode(text)).map { try $0.get() }
    }

    @Test(arguments: [1, 3, 10])
    func extraTrailingFieldsAreIgnoredAndReported(extra: Int) throws {
        let record = Examples.fillRecord + String(repeating: "^X", count: extra)
        let decoded = try Self.decode(try Examples.noticeFrame([record]))
        #expect(decoded.extraFieldsPerRecord == extra && decoded.fieldsPerRecord == 26 + extra)
        #expect(decoded.layoutWarning == "KIS schema drift: H0STCNI0 now \(26 + extra) fields (26 read)")
        let notice = try NoticeReader.notices(in: decoded)[0].get()
        #expect(notice.kind == .fill && notice.quantity == 10 && notice.orderPrice == KRW(62_400))
    }

    @Test func twoRecordsInOneFrame() throws {
        let notices = try Self.notices(try Examples.noticeFrame([Examples.acceptedRecord, Examples.fillRecord]))
        #expect(notices.map(\.kind) == [.accepted, .fill])
        #expect(notices.map(\.orderNumber) == ["0000117342", "0000117057"])
    }

    @Test func fourRecordsWithExtraFieldsSplitByTheCountNotTheLayout() throws {
        // 4 × 29 = 116 fields. Cutting every 26 would start record 2 at record 1's first extra field.
        let records = (0..<4).map { i in
            Examples.replacing(Examples.fillRecord, field: 9, with: String(format: "%010d", i + 1)) + "^e1^e2^e3"
        }
        let decoded = try Self.decode(try Examples.noticeFrame(records))
        #expect(decoded.records.count == 4 && decoded.extraFieldsPerRecord == 3)
        let notices = try NoticeReader.notices(in: decoded).map { try $0.get() }
        #expect(notices.map(\.quantity) == [1, 2, 3, 4])
        #expect(notices.allSatisfy { $0.htsID == "myhtsid" && $0.code.rawValue == "005930" })
    }

    @Test func plainMultiRecordTickFrame() throws {
        let tick = try #require(try Examples.frames("ws_frames.txt").first { $0.text.hasPrefix("0|H0STCNT0") })
        let payload = String(tick.text.split(separator: "|", maxSplits: 3)[3])
        let decoded = try Self.decode("0|H0STCNT0|002|\(payload)^\(payload)", decoder: FrameDecoder())
        #expect(decoded.records.count == 2 && decoded.records[1].first == "005930")
    }

    @Test func fieldTotalThatDoesNotDivideByTheCountIsRejected() throws {
        let frame = try Examples.noticeFrame([Examples.acceptedRecord, Examples.fillRecord + "^X"])
        let error = #expect(throws: FeedError.self) { try Self.decode(frame) }
        #expect(error?.code == .recordCount)
        let overCounted = try Examples.noticeFrame([Examples.fillRecord], count: 4)
        #expect((#expect(throws: FeedError.self) { try Self.decode(overCounted) })?.code == .recordCount)
    }

    @Test func olderTwentyThreeFieldLayoutIsRecognised() throws {
        // 2023 layout: …ACNT_NAME, CNTG_ISNM, CRDT_CLS, CRDT_LOAN_DATE, CNTG_ISNM40, ODER_PRC.
        var fields = Examples.fillRecord.split(separator: "^", omittingEmptySubsequences: false).map(String.init)
        fields.replaceSubrange(18...21, with: ["삼성전자"])
        #expect(fields.count == 23)
        let decoded = try Self.decode(try Examples.noticeFrame([fields.joined(separator: "^")]))
        #expect(decoded.isOlderLayout && decoded.layout == .executionNoticeLegacy)
        #expect(decoded.layoutWarning == "KIS sent H0STCNI0 in the older 23-field layout")
        let notice = try NoticeReader.notices(in: decoded)[0].get()
        #expect(notice.kind == .fill && notice.venue == .krx && notice.name == "삼성전자" && notice.stopPrice == nil)
    }

    @Test(arguments: [1, 5, 25])
    func recordsShorterThanAnyLayoutAreRejected(fieldCount: Int) throws {
        let fields = Examples.fillRecord.split(separator: "^", omittingEmptySubsequences: false).prefix(fieldCount)
        let error = #expect(throws: FeedError.self) {
            try Self.decode(try Examples.noticeFrame([fields.joined(separator: "^")]))
        }
        #expect(error?.code == .fieldCount)
        #expect(error?.message.contains("26 or 23") == true)
    }

    @Test func encryptedFrameBeforeAnyAckNeedsAKey() throws {
        let frame = try Examples.noticeFrame([Examples.fillRecord])
        let error = #expect(throws: FeedError.self) { try Self.decode(frame, decoder: FrameDecoder()) }
        #expect(error?.code == .missingKey)
    }

    @Test func wrongKeyAndTruncatedBase64AreDecryptionErrors() throws {
        var decoder = FrameDecoder()
        decoder.setKey(
            PayloadKey(key: "Xq3Lr8Tz1Vb6Nm4Kc9Pw2Hs7Jd5Gf0Ya", iv: "9b1e4c7a2f6d8053"),
            for: Subscription(trID: "H0STCNI0", trKey: "myhtsid"))
        let frame = try Examples.noticeFrame([Examples.fillRecord])
        #expect((#expect(throws: FeedError.self) { try Self.decode(frame, decoder: decoder) })?.code == .decryption)
        let truncated = String(frame.dropLast(7))
        #expect((#expect(throws: FeedError.self) { try Self.decode(truncated) })?.code == .decryption)
    }

    @Test func unsubscribeAckForgetsTheKeyAndANewAckReplacesIt() throws {
        var decoder = try Examples.decoder()
        #expect(decoder.key(for: "H0STCNI0") == Examples.key)
        let release =
            #"{"header":{"tr_id":"H0STCNI0","tr_key":"myhtsid","encrypt":"Y"},"body":{"rt_cd":"0","msg_cd":"OPSP0001","msg1":"UNSUBSCRIBE SUCCESS"}}"#
        guard case .control(let ack) = FeedMessage.parse(release) else {
            Issue.record("not a control message")
            return
        }
        decoder.apply(ack)
        #expect(decoder.key(for: "H0STCNI0") == nil)
        let other = PayloadKey(key: String(repeating: "a", count: 32), iv: String(repeating: "b", count: 16))
        decoder.setKey(Examples.key, for: Subscription(trID: "H0STCNI0", trKey: "myhtsid"))
        decoder.setKey(other, for: Subscription(trID: "H0STCNI0", trKey: "myhtsid"))
        #expect(decoder.key(for: "H0STCNI0") == other)
    }
}
