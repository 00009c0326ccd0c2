package import Foundation

/// The latest sync failed: what the page banner says instead of (or before) STALE.
///
/// Shown whenever the newest finished sync of the account failed, however fresh the stored data still is, so a
/// cycle whose sync failed never publishes a dashboard that looks normal.
package struct SyncFailureNotice: Sendable, Hashable {
    /// When the failed sync ended.
    package var failedAt: Date
    /// When the last successful sync ended, or `nil` if none did.
    package var lastSuccessAt: Date?
    /// One line: why it failed.
    ///
    /// Already redacted where it was written; long digit runs are masked again here.
    package var reason: String

    /// Creates a notice; `reason` is made one line and any run of 8 or more digits is masked.
    package init(failedAt: Date, lastSuccessAt: Date?, reason: String) {
        self.failedAt = failedAt
        self.lastSuccessAt = lastSuccessAt
        self.reason = Self.redacted(reason)
    }

    /// `reason` on one line, with runs of 8 or more digits (an account number, a phone number) as `********`.
    static func redacted(_ reason: String) -> String {
        var result = ""
        var digits = ""
        for character in reason.split(whereSeparator: \.isNewline).joined(separator: " ") {
            if character.isASCII && character.isNumber {
                digits.append(character)
                continue
            }
            result += digits.count >= 8 ? String(repeating: "*", count: digits.count) : digits
            digits = ""
            result.append(character)
        }
        return result + (digits.count >= 8 ? String(repeating: "*", count: digits.count) : digits)
    }

    /// The banner's text, such as `동기화 실패 (10:30 KST) · 마지막 정상 동기화 10:00 KST · <reason>`.
    /// - Parameter fits: Whether a candidate text fits the banner; the reason is cut (ending in `…`) until it does.
    /// - Returns: The line to draw.
    func bannerText(fits: (String) -> Bool) -> String {
        let last = lastSuccessAt.map { "마지막 정상 동기화 \(KoreanFormat.hourMinute($0)) KST" } ?? "정상 동기화 기록 없음"
        let head = "동기화 실패 (\(KoreanFormat.hourMinute(failedAt)) KST) · \(last) · "
        guard !fits(head + reason) else { return head + reason }
        var kept = reason
        while !kept.isEmpty {
            kept.removeLast()
            if fits(head + kept + "…") { break }
        }
        return head + kept + "…"
    }
}
