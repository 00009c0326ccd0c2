import Digest
import Foundation

@testable import KISSimulator

/// The 26 H0STCNI0/H0STCNI9 field names in order (SPEC §7.5).
let noticeFieldNames = [
    "CUST_ID", "ACNT_NO", "ODER_NO", "OODER_NO", "SELN_BYOV_CLS", "RCTF_CLS", "ODER_KIND", "ODER_COND",
    "STCK_SHRN_ISCD", "CNTG_QTY", "CNTG_UNPR", "STCK_CNTG_HOUR", "RFUS_YN", "CNTG_YN", "ACPT_YN", "BRNC_NO",
    "ODER_QTY", "ACNT_NAME", "ORD_COND_PRC", "ORD_EXG_GB", "POPUP_YN", "FILLER", "CRDT_CLS", "CRDT_LOAN_DATE",
    "CNTG_ISNM40", "ODER_PRC",
]

/// A data frame split into its four parts: `enc`, TR id, record count and payload.
struct DataFrame {
    var encrypted: Bool
    var trID: String
    var count: Int
    var payload: String

    init?(_ text: String) {
        let parts = text.split(separator: "|", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4, parts[0] == "0" || parts[0] == "1", let count = Int(parts[2]) else { return nil }
        encrypted = parts[0] == "1"
        trID = parts[1]
        self.count = count
        payload = parts[3]
    }

    /// The payload's fields (decrypted with `key`/`iv` when encrypted).
    func fields(key: String = "", iv: String = "") throws -> [String] {
        let text = encrypted ? try AES256CBC.decrypt(base64: payload, key: key, iv: iv) : payload
        return text.split(separator: "^", omittingEmptySubsequences: false).map(String.init)
    }
}

/// One decrypted execution-notice record, read by field name.
struct NoticeRecord {
    var fields: [String]

    subscript(_ name: String) -> String {
        guard let index = noticeFieldNames.firstIndex(of: name), index < fields.count else { return "<missing>" }
        return fields[index]
    }

    /// Decrypts a `1|H0STCNI…|001|…` frame with the subscription's key and IV.
    init(frame: String, key: String, iv: String) throws {
        guard let data = DataFrame(frame), data.encrypted else {
            throw WebSocketTestClient.Timeout(description: "not an encrypted data frame: \(frame)")
        }
        fields = try data.fields(key: key, iv: iv)
    }

    var isFill: Bool { self["CNTG_YN"] == "2" }
}

/// What a subscribe ack says.
struct Ack {
    var json: [String: Any]
    var header: [String: Any] { json["header"] as? [String: Any] ?? [:] }
    var body: [String: Any] { json["body"] as? [String: Any] ?? [:] }
    var code: String { body["msg_cd"] as? String ?? "" }
    var message: String { body["msg1"] as? String ?? "" }
    var key: String { (body["output"] as? [String: Any])?["key"] as? String ?? "" }
    var iv: String { (body["output"] as? [String: Any])?["iv"] as? String ?? "" }
    var encrypt: String { header["encrypt"] as? String ?? "" }
}

extension WebSocketTestClient {
    /// Sends a subscribe/unsubscribe and returns the ack (skipping PINGPONG).
    func subscribe(_ approvalKey: String, _ trID: String, _ trKey: String, register: Bool = true) async throws -> Ack {
        send(subscribeMessage(approvalKey, trID, trKey, register: register))
        while true {
            let json = try await nextJSON()
            if (json["header"] as? [String: Any])?["tr_id"] as? String == "PINGPONG" { continue }
            return Ack(json: json)
        }
    }

    /// The next `count` notice records of a subscription (decrypted).
    func notices(_ count: Int, ack: Ack, within seconds: Double = 45) async throws -> [NoticeRecord] {
        var records: [NoticeRecord] = []
        while records.count < count {
            let frame = try await next(within: seconds)
            if frame.hasPrefix("{") { continue }
            records.append(try NoticeRecord(frame: frame, key: ack.key, iv: ack.iv))
        }
        return records
    }
}

extension SimHarness {
    /// `POST /oauth2/Approval` with the side's app key and secret (`secretkey`).
    func approvalKey(_ side: SimulatorSide) async -> String {
        let c = credentials(side)
        let body = #"{"grant_type":"client_credentials","appkey":"\#(c.appKey)","secretkey":"\#(c.appSecret)"}"#
        let reply = await send(
            side, "POST", "/oauth2/Approval", headers: ["content-type": "application/json; utf-8"],
            body: Array(body.utf8))
        return reply.json["approval_key"] as? String ?? ""
    }
}
