import Foundation

extension KISError.Code {
    /// Maps KIS's `msg_cd` (or tokenP's `error_code`) to a code; anything unknown is `.rejected`.
    ///
    /// The HTTP status is deliberately not used: gateway errors come with 500, business rejections with 200,
    /// tokenP errors with 403, and an old official sample even expected `EGW00123` with 200 (SPEC §2.5).
    /// - Parameters:
    ///   - messageCode: `msg_cd` / `error_code`, e.g. `EGW00201`.
    ///   - text: `msg1`; `SYDB0050` is also recognised by its text in case KIS changes the code.
    init(messageCode: String, text: String = "") {
        switch messageCode.trimmingCharacters(in: .whitespaces).uppercased() {
        case "EGW00201", "EGW00215": self = .rateLimited
        case "EGW00123": self = .tokenExpired
        case "EGW00121", "EGW00122", "EGW00205": self = .tokenInvalid
        case "EGW00133": self = .tokenIssueTooFrequent
        case "EGW00102", "EGW00103", "EGW00104", "EGW00105": self = .invalidAppKey
        case "EGW2004": self = .notPaperTR
        case "OPSQ0002": self = .unknownService
        case "SYDB0050": self = .dataChangedWhilePaging
        case "EGW00001", "EGW00002": self = .serverUnavailable
        // 연결 시간이 초과되었습니다 / 거래시간이 초과되었습니다. 직전 거래를 반드시 확인하세요 (SPEC §8.1).
        case "EGW00301", "EGW00302": self = .timeout
        default:
            self = text.contains("조회이후에 자료가 변경되었습니다") ? .dataChangedWhilePaging : .rejected
        }
    }
}

extension KISError {
    /// `EGW00123` (expired) and `EGW00121` (unknown) are the two codes after which a fresh token can help.
    ///
    /// `EGW00122` (no token) and `EGW00205` (bad `Bearer` format) mean our request is wrong: re-issuing
    /// would only spend the once-a-minute issuance.
    var callsForNewToken: Bool {
        guard let messageCode else { return false }
        let normalized = messageCode.trimmingCharacters(in: .whitespaces).uppercased()
        return normalized == "EGW00123" || normalized == "EGW00121"
    }

    /// The error for an answer that carries KIS's `msg_cd` or tokenP's `error_code`: the code decides the
    /// ``Code``, and the server's text (sanitized) is the message.
    init(
        messageCode: String, serverText: String?, operation: String, httpStatus: Int,
        function: String = #function, file: String = #fileID, line: Int = #line
    ) {
        let text = Self.sanitizedServerText(serverText ?? "")
        self.init(
            Code(messageCode: messageCode, text: text), text, operation: operation, messageCode: messageCode,
            httpStatus: httpStatus, function: function, file: file, line: line)
    }

    /// Server text with long digit runs (account numbers) masked, trimmed of KIS's space padding.
    static func sanitizedServerText(_ text: String) -> String {
        var out = ""
        var digits = ""
        func flush() {
            out += digits.count >= 8 ? String(digits.prefix(4)) + "****" : digits
            digits = ""
        }
        for ch in text.trimmingCharacters(in: .whitespacesAndNewlines) {
            if ch.isASCII && ch.isNumber {
                digits.append(ch)
            } else {
                flush()
                out.append(ch)
            }
        }
        flush()
        return out
    }
}
