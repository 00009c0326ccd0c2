internal import Foundation

/// Reads JSON request bodies.
enum RequestBody {
    /// A flat JSON object of string values, or nil when the body is not one.
    ///
    /// KIS wants every value as a string (`"ORD_QTY": "5"`); a number or nested value is refused.
    static func strings(_ bytes: [UInt8]) -> [String: String]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { return nil }
        var result: [String: String] = [:]
        for (key, value) in object {
            guard let text = value as? String else { return nil }
            result[key] = text
        }
        return result
    }

    /// True when the body is a JSON object (any values).
    static func isObject(_ bytes: [UInt8]) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(bytes))) is [String: Any]
    }

    /// A JSON object's values as text, for the oauth2 bodies (lenient about value types).
    static func loose(_ bytes: [UInt8]) -> [String: String]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { return nil }
        return object.mapValues { "\($0)" }
    }
}
