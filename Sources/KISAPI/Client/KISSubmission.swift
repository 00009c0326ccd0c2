package import Foundation
import HTTPTransport

/// A state-changing KIS call (a POST with a JSON body of strings), described by the module that owns it.
///
/// `KISAPI` defines no such operation itself: it only knows how to deliver one with the token, the rate limit
/// and the ``ResendRule/never`` rule. The TR ids live with the caller (order placement lives in `Trading`).
package struct KISSubmission: Sendable {
    /// The name used in errors and logs, for example `order-cash`.
    package var name: String
    /// The path under the base URL.
    package var path: String
    /// The TR id on the real domain.
    package var realTR: String
    /// The TR id on the paper domain.
    package var paperTR: String
    /// The body fields, sent as a JSON object with UPPER-CASE keys (SPEC §2.1).
    package var fields: [String: String]

    /// Creates a submission.
    package init(name: String, path: String, realTR: String, paperTR: String, fields: [String: String]) {
        self.name = name
        self.path = path
        self.realTR = realTR
        self.paperTR = paperTR
        self.fields = fields
    }
}

/// KIS's success answer to a ``KISSubmission``: its message and the `output` object's string fields.
package struct KISSubmissionReply: Sendable, Hashable {
    /// `msg_cd`, for example `APBK0013` or paper's `40600000`.
    package var messageCode: String
    /// `msg1`, trimmed.
    package var message: String
    /// `output` (UPPER-CASE keys as KIS sends them, for example `ODNO`, `KRX_FWDG_ORD_ORGNO`, `ORD_TMD`).
    package var output: [String: String]

    /// Creates a reply.
    package init(messageCode: String, message: String, output: [String: String]) {
        self.messageCode = messageCode
        self.message = message
        self.output = output
    }
}

extension KISClient {
    /// Sends `submission` once: never resent after it may have reached KIS.
    ///
    /// - Returns: The success answer (`rt_cd "0"`).
    /// - Throws: ``KISError``: `.rejected` (with `messageCode`) when KIS refused it, which means it was not
    ///   executed; `.outcomeUnknown` when no usable answer came back (look it up before doing anything else);
    ///   `.rateLimited`, `.tokenExpired` and the like when KIS turned it away before running it.
    package func submit(_ submission: KISSubmission) async throws -> KISSubmissionReply {
        let endpoint = KISEndpoint(
            name: submission.name, path: submission.path, realTR: submission.realTR, paperTR: submission.paperTR)
        let body: Data
        do {
            body = try JSONSerialization.data(withJSONObject: submission.fields, options: [.sortedKeys])
        } catch {
            throw KISError(.configuration, "cannot encode the body", operation: submission.name, underlying: error)
        }
        let call = KISCall(endpoint: endpoint, query: [], method: .post, body: body, resend: .never)
        let response = try await perform(call)
        let dto: SubmissionReplyDTO
        do {
            dto = try response.decode(SubmissionReplyDTO.self)
        } catch let error as KISError {
            // rt_cd was "0", so KIS accepted it; only the payload is unreadable.
            throw KISError(
                .outcomeUnknown, "accepted (rt_cd 0) but the answer is unreadable: \(error.message)",
                operation: submission.name, messageCode: response.messageCode, underlying: error)
        }
        return KISSubmissionReply(
            messageCode: (dto.messageCode ?? "").trimmingCharacters(in: .whitespaces),
            message: KISError.sanitizedServerText(dto.message ?? ""), output: dto.output ?? [:])
    }
}

/// The envelope and `output` object of a submission's answer.
private struct SubmissionReplyDTO: Decodable {
    var messageCode: String?
    var message: String?
    var output: [String: String]?

    enum CodingKeys: String, CodingKey {
        case messageCode = "msg_cd"
        case message = "msg1"
        case output
    }
}
