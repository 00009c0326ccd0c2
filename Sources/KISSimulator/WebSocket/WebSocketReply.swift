/// Server → client control messages: acks, errors (SPEC §7.2) and PINGPONG (§7.4).
enum WebSocketReply: Sendable {
    case subscribed, unsubscribed, alreadySubscribed, notSubscribed, maxSubscriptions
    case invalidAppKey, approvalNotFound, invalidTRID, invalidTRKey, invalidTRType, appKeyInUse
    case headerNotFound, invalidJSON

    /// `msg_cd` and `msg1` (KTKIS/PYKIS texts; the JSON-error texts are the simulator's wording).
    var message: (code: String, text: String) {
        switch self {
        case .subscribed: ("OPSP0000", "SUBSCRIBE SUCCESS")
        case .unsubscribed: ("OPSP0001", "UNSUBSCRIBE SUCCESS")
        case .alreadySubscribed: ("OPSP0002", "ALREADY IN SUBSCRIBE")
        case .notSubscribed: ("OPSP0003", "UNSUBSCRIBE ERROR(not found!)")
        case .maxSubscriptions: ("OPSP0008", "MAX SUBSCRIBE OVER")
        case .invalidAppKey: ("OPSP0010", "invalid appkey")
        case .approvalNotFound: ("OPSP0011", "approval not found")
        case .invalidTRID: ("OPSP8991", "invalid tr_id")
        case .invalidTRKey: ("OPSP8992", "invalid tr_key")
        case .invalidTRType: ("OPSP8997", "invalid tr_type")
        case .appKeyInUse: ("OPSP8996", "ALREADY IN USE appkey")
        case .headerNotFound: ("OPSP9998", "JSON PARSING ERROR : header not found")
        case .invalidJSON: ("OPSP9999", "JSON PARSING ERROR : invalid json format")
        }
    }

    /// `rt_cd`: `0` for the two successes, `1` otherwise.
    var returnCode: String {
        switch self {
        case .subscribed, .unsubscribed: "0"
        default: "1"
        }
    }

    /// The ack text: `header` {tr_id, tr_key, encrypt}, `body` {rt_cd, msg_cd, msg1, output {iv, key}?}.
    func text(trID: String, trKey: String, encrypted: Bool = false, keyAndIV: (key: String, iv: String)? = nil)
        -> String
    {
        var body: JSONObject = [
            "rt_cd": .string(returnCode), "msg_cd": .string(message.code), "msg1": .string(message.text),
        ]
        if let keyAndIV { body["output"] = .object(["iv": .string(keyAndIV.iv), "key": .string(keyAndIV.key)]) }
        let header: JSONObject = [
            "tr_id": .string(trID), "tr_key": .string(trKey), "encrypt": .string(encrypted ? "Y" : "N"),
        ]
        return JSON.object(["header": .object(header), "body": .object(body)]).text
    }

    /// `{"header":{"tr_id":"PINGPONG","datetime":"YYYYMMDDHHMMSS"}}` at simulated moment `now`.
    static func pingPong(at now: KSTTime) -> String {
        let header: JSONObject = ["tr_id": "PINGPONG", "datetime": .string(now.date.compact + now.compactTime)]
        return JSON.object(["header": .object(header)]).text
    }
}
