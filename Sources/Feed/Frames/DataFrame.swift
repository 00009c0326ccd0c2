import Foundation

/// A data frame, `<enc>|<tr_id>|<count>|<payload>` (SPEC §7.3), before decryption and splitting.
package struct DataFrame: Sendable, Equatable {
    /// `true` when the first field is `1` (AES payload), `false` for `0` (plain text).
    package var isEncrypted: Bool
    /// The TR the records belong to.
    package var trID: String
    /// The number of records in the payload (the three-digit count).
    package var count: Int
    /// The payload: Base64 when encrypted, else `^`-joined fields.
    package var payload: String

    /// Creates a frame.
    package init(isEncrypted: Bool, trID: String, count: Int, payload: String) {
        self.isEncrypted = isEncrypted
        self.trID = trID
        self.count = count
        self.payload = payload
    }

    /// Splits a frame's text into its four parts; the payload keeps any further `|`.
    /// - Returns: The frame, or a ``FeedError`` (`.malformedFrame`) naming the broken part.
    package static func parse(_ text: String) -> Result<DataFrame, FeedError> {
        let parts = text.split(separator: "|", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4 else {
            return .failure(FeedError(.malformedFrame, "data frame has \(parts.count) of 4 '|'-separated parts"))
        }
        let flag = parts[0].trimmingCharacters(in: .whitespaces)
        guard flag == "0" || flag == "1" else {
            return .failure(FeedError(.malformedFrame, "encryption flag is not 0 or 1"))
        }
        let trID = String(parts[1])
        guard (1...16).contains(trID.utf8.count),
            trID.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) })
        else {
            return .failure(FeedError(.malformedFrame, "tr_id is not 1-16 upper-case letters and digits"))
        }
        let countText = parts[2]
        guard (1...4).contains(countText.utf8.count), countText.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
            let count = Int(countText), count > 0
        else {
            return .failure(FeedError(.malformedFrame, "record count is not a positive number", trID: trID))
        }
        let payload = String(parts[3]).trimmingCharacters(in: .newlines)
        guard !payload.isEmpty else {
            return .failure(FeedError(.malformedFrame, "empty payload", trID: trID))
        }
        return .success(DataFrame(isEncrypted: flag == "1", trID: trID, count: count, payload: payload))
    }
}
