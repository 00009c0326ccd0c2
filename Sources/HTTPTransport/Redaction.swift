package import Foundation

/// Masks secrets in headers, query strings and JSON bodies before anything is logged.
///
/// KIS sends credentials as plain headers (`appkey`, `appsecret`, `authorization`), in JSON bodies (`tokenP`,
/// `revokeP`, `Approval`) and puts the account number in the query (`CANO`) and in the echoed paging cursors
/// (`ctx_area_fk100` starts with it). All of those are replaced by ``mask``.
package enum Redaction {
    /// What a masked value is replaced with.
    package static let mask = "***"

    /// Header names whose values are never logged (compared case-insensitively).
    package static let secretHeaders: Set<String> = [
        "authorization", "appkey", "appsecret", "secretkey", "approval_key", "token", "personalseckey", "hashkey",
        "x-goog-api-key", "api-key",
    ]

    /// Query and JSON field names whose values are never logged (compared case-insensitively).
    package static let secretFields: Set<String> = [
        "authorization", "appkey", "appsecret", "secretkey", "approval_key", "token", "access_token",
        "cano", "ctx_area_fk100", "ctx_area_nk100", "ctx_area_fk", "ctx_area_nk",
    ]

    /// The headers as `name: value` lines with secret values masked.
    package static func headers(_ headers: HTTPHeaders) -> String {
        headers.map { field in
            "\(field.name): \(secretHeaders.contains(field.name.lowercased()) ? mask : field.value)"
        }.joined(separator: ", ")
    }

    /// The URL's query with secret values masked, for example `CANO=***&ACNT_PRDT_CD=01`.
    package static func query(of url: URL) -> String {
        guard let items = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems else { return "" }
        return items.map { item in
            "\(item.name)=\(secretFields.contains(item.name.lowercased()) ? mask : (item.value ?? ""))"
        }.joined(separator: "&")
    }

    /// A JSON body with secret fields masked at any depth; non-JSON bodies become `<n bytes>`.
    package static func body(_ data: Data) -> String {
        guard !data.isEmpty else { return "" }
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
            JSONSerialization.isValidJSONObject(redact(object)),
            let masked = try? JSONSerialization.data(withJSONObject: redact(object), options: [.sortedKeys]),
            let text = String(data: masked, encoding: .utf8)
        else {
            return "<\(data.count) bytes>"
        }
        return text
    }

    private static func redact(_ object: Any) -> Any {
        if let dictionary = object as? [String: Any] {
            var out: [String: Any] = [:]
            for (key, value) in dictionary {
                out[key] = secretFields.contains(key.lowercased()) ? mask : redact(value)
            }
            return out
        }
        if let array = object as? [Any] {
            return array.map(redact)
        }
        return object
    }
}
