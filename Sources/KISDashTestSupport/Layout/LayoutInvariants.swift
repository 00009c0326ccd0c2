package import Dashboard

/// The rules that keep the printed dashboard truthful, checked over a laid-out document page by page.
///
/// - No text is drawn wider than its box (the layout shrinks numbers and cuts names itself, so Pango never cuts a
///   text and the PDF's text is what is printed), and only the data's names are cut.
/// - No two texts overlap, and nothing drawn after a text crosses it.
/// - Every text stays on its page.
/// - Every chart header (a level-1 bookmark `name (code)`) prints its code on the header's line.
package struct LayoutInvariants {
    let measurer: any TextMeasuring

    /// Creates a checker that sizes text as the layout did (`ApproximateMeasurer` or Pango).
    package init(measurer: any TextMeasuring) {
        self.measurer = measurer
    }

    /// One broken rule on one page.
    package struct Violation: Sendable, Hashable, CustomStringConvertible {
        /// The page, from 1.
        package var page: Int
        package var rule: String
        package var detail: String

        package var description: String { "page \(page): \(rule): \(detail)" }
    }

    /// Every violation in `document`; with `names`, a text cut with "…" must start one of them (only names are cut).
    package func violations(in document: LaidOutDocument, names: Set<String>? = nil) -> [Violation] {
        document.pages.enumerated().flatMap { index, page in
            violations(on: page, names: names).map { Violation(page: index + 1, rule: $0.rule, detail: $0.detail) }
        }
    }

    private func violations(on page: LaidOutPage, names: Set<String>?) -> [(rule: String, detail: String)] {
        var found: [(rule: String, detail: String)] = []
        let texts = placedTexts(page)
        let sheet = Rect(x: 0, y: 0, width: page.width, height: page.height)
        for text in texts {
            if let box = text.style.width, !text.style.wraps, text.natural > box + 0.05 {
                found.append(("wider than its box", "\"\(text.string)\" needs \(text.natural) pt, box \(box) pt"))
            }
            if text.style.ellipsizes, Self.isFigure(text.string) {
                found.append(("a number may be cut", "\"\(text.string)\" is set to ellipsize"))
            }
            if let names, text.string.hasSuffix("…"),
                !(text.style.ellipsizes && names.contains { $0.hasPrefix(text.string.dropLast()) })
            {
                found.append(("cut but not a name", "\"\(text.string)\""))
            }
            if !sheet.contains(text.extent) { found.append(("off the page", "\"\(text.string)\" at \(text.extent)")) }
        }
        let sorted = texts.sorted { $0.extent.y < $1.extent.y }
        for (i, a) in sorted.enumerated() {
            let inner = a.extent.insetBy(dx: 0.3, dy: 0.3)
            for b in sorted[(i + 1)...] {
                if b.extent.y >= inner.maxY { break }
                if inner.intersects(b.extent) {
                    found.append(("texts overlap", "\"\(a.string)\" \(a.extent) and \"\(b.string)\" \(b.extent)"))
                }
            }
            for command in page.commands[(a.index + 1)...] where Self.crosses(command, inner.insetBy(dx: 0.2, dy: 0.2))
            {
                found.append(("drawn over a text", "\"\(a.string)\" is crossed by \(Self.name(command))"))
            }
        }
        for mark in page.bookmarks where mark.level == 1 {
            guard let open = mark.title.lastIndex(of: "("), mark.title.hasSuffix(")") else { continue }
            let code = String(mark.title[mark.title.index(after: open)..<mark.title.index(before: mark.title.endIndex)])
            let shown = texts.contains {
                $0.string == code && !$0.style.ellipsizes && $0.origin.y >= mark.y - 1 && $0.origin.y <= mark.y + 20
            }
            if !shown { found.append(("chart header without its code", mark.title)) }
        }
        return found
    }

    /// `true` for a figure: digits with separators, a sign and a unit (`-1,234원`, `+886.00%`, `1,234,567주`).
    package static func isFigure(_ text: String) -> Bool {
        text.wholeMatch(of: /[+\-−▲▼ ]*[0-9][0-9,.]*\s*(원|주|%|만|억|건|일|종목)?/) != nil
    }
}
