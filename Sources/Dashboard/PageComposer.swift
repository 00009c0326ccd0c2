/// Flows blocks down pages: keeps a cursor, starts a new page when a block does not fit, and never splits a block.
package struct PageComposer {
    package let template: DashboardTemplate
    let measurer: any TextMeasuring
    package private(set) var pages: [LaidOutPage] = []
    /// The top of the free space on the current page.
    package private(set) var cursor: Double = 0
    /// The chart being laid out in ``labelsOnTop(_:)``, whose texts are held back; `nil` outside it.
    var labelLayer: LabelLayer?

    /// Space reserved at the top of every page for the header (and the STALE banner).
    static let headerHeight: Double = 58
    /// Space reserved at the bottom of every page for the footer.
    static let footerHeight: Double = 18

    /// Starts the first page.
    package init(template: DashboardTemplate, measurer: any TextMeasuring) {
        self.template = template
        self.measurer = measurer
        newPage()
    }

    /// The content area's left edge.
    package var left: Double { template.margin }
    /// The content area's width.
    package var width: Double { template.pageSize.width - 2 * template.margin }
    /// The top of the content area on every page.
    package var top: Double { template.margin + Self.headerHeight }
    /// The bottom of the content area on every page.
    package var bottom: Double { template.pageSize.height - template.margin - Self.footerHeight }
    /// The free height left on the current page.
    package var remaining: Double { bottom - cursor }

    /// Starts a new page.
    package mutating func newPage() {
        pages.append(LaidOutPage(width: template.pageSize.width, height: template.pageSize.height))
        cursor = top
    }

    /// Makes sure `height` fits below the cursor, starting a new page if it does not (unless the page is empty).
    package mutating func reserve(_ height: Double) {
        if cursor + height > bottom && cursor > top { newPage() }
    }

    /// Moves the cursor down by `height`.
    package mutating func advance(_ height: Double) { cursor += height }

    /// Adds a command to the current page.
    package mutating func draw(_ command: DrawCommand) { add(command, toPage: pages.count - 1) }

    /// Adds a command to the page at `index`.
    mutating func add(_ command: DrawCommand, toPage index: Int) { pages[index].commands.append(command) }

    /// Replaces each command of page `page` from index `first` on with what `transform` makes of it.
    mutating func rewrite(page: Int, from first: Int, _ transform: (DrawCommand) -> [DrawCommand]) {
        let rewritten = pages[page].commands[first...].flatMap(transform)
        pages[page].commands.replaceSubrange(first..., with: rewritten)
    }

    /// Adds an outline entry at the cursor on the current page.
    package mutating func bookmark(_ title: String, level: Int) {
        pages[pages.count - 1].bookmarks.append(Bookmark(title: title, level: level, y: cursor))
    }

    /// A text style in the template's font; `scale` multiplies the body size.
    package func style(
        scale: Double = 1, bold: Bool = false, width: Double? = nil, wraps: Bool = false,
        alignment: TextStyle.Alignment = .left, overflow: TextStyle.Overflow = .shrink
    ) -> TextStyle {
        TextStyle(
            family: template.fontFamily, size: template.fontSize * scale, bold: bold, width: width, wraps: wraps,
            alignment: alignment, lineSpacing: wraps ? template.fontSize * scale * 0.25 : 0, overflow: overflow)
    }

    /// Draws `text` with its box's top-left at (`x`, `y`), fitted to its box (see ``fitted(_:style:)``).
    package mutating func text(_ text: String, style: TextStyle, color: Color? = nil, x: Double, y: Double) {
        let (shown, fitted) = self.fitted(text, style: style)
        let dy = fitted.size < style.size ? (height(of: shown, style: style) - height(of: shown, style: fitted)) / 2 : 0
        label(.text(shown, style: fitted, color: color ?? template.colors.text, origin: Point(x, y + dy)))
    }

    /// A muted one-line note at the cursor (what an empty section says instead of an empty table).
    package mutating func note(_ note: String) {
        text(note, style: style(), color: template.colors.muted, x: left, y: cursor)
        advance(lineHeight() + 12)
    }

    /// The height `text` takes in `style`.
    package func height(of text: String, style: TextStyle) -> Double { measurer.measure(text, style: style).height }

    /// The width `text` takes in `style` on one line.
    package func width(of text: String, style: TextStyle) -> Double { measurer.measure(text, style: style).width }

    /// The height of one line of body text at `scale` (Noto Sans CJK's line box is about 1.45 em).
    package func lineHeight(scale: Double = 1) -> Double { template.fontSize * scale * 1.45 }

    /// Draws a section heading, bookmarks it, and moves below it.
    ///
    /// `keepWith` is the height that must follow on the same page (so a heading never ends a page alone).
    package mutating func heading(_ title: String, keepWith: Double) {
        let height = lineHeight(scale: 1.5) + 8
        reserve(height + keepWith)
        bookmark(title, level: 0)
        text(title, style: style(scale: 1.5, bold: true), color: template.colors.accent, x: left, y: cursor)
        let lineY = cursor + lineHeight(scale: 1.5) + 2
        draw(
            .polyline(
                [Point(left, lineY), Point(left + width, lineY)], color: template.colors.accent, lineWidth: 0.8,
                dash: []))
        advance(height)
    }
}
