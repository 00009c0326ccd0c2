import Foundation

/// Splits Korean text into sentences.
///
/// A sentence ends after `.`, `!`, `?` or `。` followed by a space or the end, and at a line break. A decimal point (`12.34`) never splits.
enum Sentences {
    static func split(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let chars = Array(text)
        for (i, ch) in chars.enumerated() {
            if ch.isNewline {
                flush(&current, into: &out)
                continue
            }
            current.append(ch)
            let next = i + 1 < chars.count ? chars[i + 1] : " "
            if ".!?。".contains(ch), next.isWhitespace { flush(&current, into: &out) }
        }
        flush(&current, into: &out)
        return out
    }

    private static func flush(_ current: inout String, into out: inout [String]) {
        let trimmed = current.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty { out.append(trimmed) }
        current = ""
    }
}
