import Foundation
import HTTPTransport

/// A successful (`rt_cd == "0"`) answer to one ``KISCall``.
struct KISResponse: Sendable {
    var http: HTTPResponse
    var call: KISCall
    /// `msg_cd` of the success (for example `KIOK0510`, or paper's "no data" `70070000`).
    var messageCode: String?

    /// Decodes the body as `T`, turning a `DecodingError` into a ``KISError`` that names the field path.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: http.body)
        } catch let error as DecodingError {
            throw KISError(
                .malformedResponse, Self.describe(error), operation: call.operation, httpStatus: http.status,
                underlying: error)
        } catch {
            throw KISError(.malformedResponse, "body is not JSON", operation: call.operation, underlying: error)
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .typeMismatch(let type, let context): return "\(path(context.codingPath)): expected \(type)"
        case .valueNotFound(let type, let context): return "\(path(context.codingPath)): \(type) is null"
        case .keyNotFound(let key, let context): return "\(path(context.codingPath + [key])) is missing"
        case .dataCorrupted(let context): return "\(path(context.codingPath)): not valid JSON"
        @unknown default: return "undecodable body"
        }
    }
}
