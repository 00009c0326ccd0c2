/// A reply before it is handed to Hummingbird: status, headers in wire spelling, body bytes.
struct SimResponse: Sendable {
    var status: Int
    /// Header names exactly as sent; never an all-lower-case hyphenated name (SPEC §2.3).
    var headers: [(name: String, value: String)]
    var body: [UInt8]
    /// Seconds to wait before replying (the `slow` fault).
    var delay: Double = 0
    /// Held until the test releases it or the simulator stops (the `held` fault), after any `delay`.
    var isHeld = false
    /// The refusal code (`msg_cd`, `error_code`, or `HTTP502`) when this reply refuses the call.
    var errorCode: String? = nil

    static let jsonType = "application/json; charset=utf-8"

    /// A JSON reply with `Content-Type` set.
    static func json(_ status: Int, _ value: JSON, headers: [(name: String, value: String)] = []) -> SimResponse {
        SimResponse(status: status, headers: [(name: "Content-Type", value: jsonType)] + headers, body: value.bytes)
    }

    /// A JSON reply from an object.
    static func json(_ status: Int, _ object: JSONObject, headers: [(name: String, value: String)] = []) -> SimResponse
    {
        json(status, .object(object), headers: headers)
    }

    /// The KIS envelope `{"rt_cd","msg_cd","msg1"}` alone, for example gateway errors.
    static func envelope(_ status: Int, rtCode: String = "1", _ code: String, _ message: String) -> SimResponse {
        var response = json(
            status, ["rt_cd": .string(rtCode), "msg_cd": .string(code), "msg1": .string(message)] as JSONObject)
        response.errorCode = rtCode == "0" ? nil : code
        return response
    }

    /// tokenP's error shape `{"error_description","error_code"}` (HTTP 403).
    static func oauthError(_ code: String, _ description: String) -> SimResponse {
        var response = json(
            403, ["error_description": .string(description), "error_code": .string(code)] as JSONObject)
        response.errorCode = code
        return response
    }

    /// The value of a header, by case-insensitive name.
    func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}
