import Feed
import Testing

/// Classifying text frames: acks, error acks, PINGPONG, data frames and garbage.
@Suite struct FeedMessageTests {
    @Test func noticeAckCarriesKeyAndIVAndEncryptFlag() throws {
        guard case .control(let ack) = FeedMessage.parse(try Examples.text("ws_subscribe_ack_H0STCNI0.json")) else {
            Issue.record("not a control message")
            return
        }
        #expect(ack.trID == "H0STCNI0" && ack.trKey == "myhtsid")
        #expect(ack.isEncrypted == true && ack.isSuccess && ack.outcome == .subscribed)
        #expect(ack.payloadKey == Examples.key)
        #expect(ack.messageCode == "OPSP0000" && ack.message == "SUBSCRIBE SUCCESS")
        #expect(!"\(ack)".contains(Examples.key.key))
    }

    @Test func marketDataAckIsPlainButStillHasAKey() throws {
        guard case .control(let ack) = FeedMessage.parse(try Examples.text("ws_subscribe_ack_H0STCNT0.json")) else {
            Issue.record("not a control message")
            return
        }
        #expect(ack.isEncrypted == false && ack.outcome == .subscribed && ack.payloadKey != nil)
    }

    @Test func ackWithoutOutputHasNoKey() {
        let text =
            #"{"header":{"tr_id":"H0STCNI0","tr_key":"myhtsid","encrypt":"Y"},"body":{"rt_cd":"0","msg_cd":"OPSP0001","msg1":"UNSUBSCRIBE SUCCESS"}}"#
        guard case .control(let ack) = FeedMessage.parse(text) else {
            Issue.record("not a control message")
            return
        }
        #expect(ack.payloadKey == nil && ack.outcome == .unsubscribed)
    }

    @Test(arguments: [
        ("OPSP0002", "ALREADY IN SUBSCRIBE", ControlOutcome.alreadySubscribed),
        ("OPSP0008", "MAX SUBSCRIBE OVER", .subscriptionLimit),
        ("OPSP8996", "ALREADY IN USE appkey", .appKeyInUse),
        ("OPSP0003", "UNSUBSCRIBE ERROR(not found!)", .notSubscribed),
        ("OPSP0011", "approval not found", .approvalRejected),
        ("OPSP8991", "invalid tr_id", .invalidRequest),
        ("OPSP9999", "invalid json format", .invalidRequest),
        ("OPSP0007", "SUBSCRIBE INTERNAL ERROR", .failed),
        ("XXXX1234", "something new", .failed),
    ])
    func errorAcksAreClassified(code: String, text: String, expected: ControlOutcome) {
        let json =
            #"{"header":{"tr_id":"H0STCNI0","tr_key":"myhtsid","encrypt":"N"},"body":{"rt_cd":"1","msg_cd":"\#(code)","msg1":"\#(text)"}}"#
        guard case .control(let ack) = FeedMessage.parse(json) else {
            Issue.record("not a control message")
            return
        }
        #expect(ack.outcome == expected)
        #expect(!ack.isSuccess && ack.payloadKey == nil)
    }

    @Test func numericResultCodeIsReadLeniently() {
        let json =
            #"{"header":{"tr_id":"H0STCNT0","tr_key":"005930"},"body":{"rt_cd":0,"msg_cd":"OPSP0000","msg1":"OK"}}"#
        guard case .control(let ack) = FeedMessage.parse(json) else {
            Issue.record("not a control message")
            return
        }
        #expect(ack.isSuccess && ack.isEncrypted == nil)
    }

    @Test func pingPongIsRecognisedAndItsTextKeptForTheEcho() throws {
        let pretty = try Examples.text("ws_pingpong.json")
        let line = #"{"header":{"tr_id":"PINGPONG","datetime":"20250715101532"}}"#
        #expect(try Examples.frames("ws_frames.txt").contains { $0.text == line })
        for text in [pretty, line] {
            guard case .ping(let ping) = FeedMessage.parse(text) else {
                Issue.record("not a ping")
                continue
            }
            #expect(ping.text == text)
            #expect(ping.datetime == "20250715101532")
        }
    }

    @Test func dataFrameIsSplitIntoItsFourParts() {
        guard case .data(let frame) = FeedMessage.parse("1|H0STCNI0|002|abc|def") else {
            Issue.record("not a data frame")
            return
        }
        #expect(frame == DataFrame(isEncrypted: true, trID: "H0STCNI0", count: 2, payload: "abc|def"))
    }

    @Test(arguments: [
        "", "   ", "\n", "hello", "{", "{}", "[1,2]", "null", "{\"header\":1}", "{\"header\":{\"tr_id\":\"X\"}}",
        "0|", "0||", "1|H0STCNI0|001", "1|H0STCNI0|001|", "2|H0STCNI0|001|x", "0|h0stcnt0|001|x",
        "0|H0STCNT0|abc|x", "0|H0STCNT0|000|x", "0|H0STCNT0|-01|x", "0|H0STCNT0|99999|x", "01|H0STCNT0|001|x",
        "0|H0ST CNT0|001|x", "\u{0}\u{1}", "가나다", "1|||",
    ])
    func garbageBecomesAValueNeverACrash(_ text: String) {
        guard case .unreadable(let frame) = FeedMessage.parse(text) else {
            Issue.record("\(text.debugDescription) was not classified as unreadable")
            return
        }
        #expect(!frame.reason.isEmpty && frame.length == text.utf8.count)
    }
}
