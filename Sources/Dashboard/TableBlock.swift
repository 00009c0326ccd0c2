/// A table that continues across pages, repeating its header row on each.
package struct TableBlock {
    /// One column: its title, share of the table width, alignment, and whether its cells may be cut.
    package struct Column {
        package var title: String
        package var weight: Double
        package var alignment: TextStyle.Alignment
        /// Whether the column's cells may be cut: `.ellipsize` only for a name column.
        ///
        /// A name column gives up width to the others and cuts long names with "…"; every other column is widened
        /// to its widest cell (numbers are never cut).
        package var overflow: TextStyle.Overflow

        /// Creates a column.
        package init(
            _ title: String, weight: Double, _ alignment: TextStyle.Alignment = .right,
            overflow: TextStyle.Overflow = .shrink
        ) {
            self.title = title
            self.weight = weight
            self.alignment = alignment
            self.overflow = overflow
        }
    }

    /// One cell: text and an optional colour (gains red, losses blue).
    package struct Cell {
        package var text: String
        package var color: Color?

        /// Creates a cell.
        package init(_ text: String, color: Color? = nil) {
            self.text = text
            self.color = color
        }
    }

    package var columns: [Column]
    package var rows: [[Cell]]
    /// A bold last row (totals), drawn after the rows.
    package var totals: [Cell]?
    /// Height that must follow the table on the same page (a footnote), so it never starts a page alone.
    package var keepWithEnd: Double

    /// Creates a table.
    package init(columns: [Column], rows: [[Cell]], totals: [Cell]? = nil, keepWithEnd: Double = 0) {
        self.columns = columns
        self.rows = rows
        self.totals = totals
        self.keepWithEnd = keepWithEnd
    }

    /// Space between a cell's text and its column's edges.
    static let padding = 3.0

    /// The height of one row.
    static func rowHeight(_ composer: PageComposer) -> Double { composer.lineHeight() + 5 }

    /// The height a heading must keep with it: the header row, the first rows, and the end when they are all.
    func keepHeight(_ composer: PageComposer) -> Double {
        let rowHeight = Self.rowHeight(composer)
        let shown = min(rows.count, 3)
        let end = shown == rows.count ? (totals == nil ? 0 : rowHeight) + keepWithEnd : 0
        return rowHeight * Double(1 + shown) + end
    }

    /// Lays the table out at the composer's cursor, breaking pages between rows.
    package func layout(in composer: inout PageComposer) {
        let rowHeight = Self.rowHeight(composer)
        var x = composer.left
        let frames = columnWidths(composer).map { width -> (x: Double, width: Double) in
            defer { x += width }
            return (x, width)
        }
        drawHeader(frames: frames, rowHeight: rowHeight, in: &composer)
        // The end (totals and what must follow) takes the last row with it, so it never stands alone on a page.
        let end = (totals == nil ? 0 : rowHeight) + keepWithEnd
        for (index, row) in rows.enumerated() {
            let needed = rowHeight + (index == rows.count - 1 ? end : 0)
            if composer.remaining < needed {
                composer.newPage()
                drawHeader(frames: frames, rowHeight: rowHeight, in: &composer)
            }
            if index % 2 == 1 {
                composer.draw(
                    .rect(
                        Rect(x: composer.left, y: composer.cursor, width: composer.width, height: rowHeight),
                        fill: composer.template.colors.headerFill.tinted(0.45), stroke: nil, lineWidth: 0))
            }
            drawRow(row, frames: frames, rowHeight: rowHeight, bold: false, in: &composer)
        }
        if let totals {
            if composer.remaining < rowHeight + (rows.isEmpty ? keepWithEnd : 0) {
                composer.newPage()
                drawHeader(frames: frames, rowHeight: rowHeight, in: &composer)
            }
            let y = composer.cursor
            composer.draw(
                .polyline(
                    [Point(composer.left, y), Point(composer.left + composer.width, y)],
                    color: composer.template.colors.accent, lineWidth: 0.6, dash: []))
            drawRow(totals, frames: frames, rowHeight: rowHeight, bold: true, in: &composer)
        }
    }

    private func drawHeader(frames: [(x: Double, width: Double)], rowHeight: Double, in composer: inout PageComposer) {
        composer.draw(
            .rect(
                Rect(x: composer.left, y: composer.cursor, width: composer.width, height: rowHeight),
                fill: composer.template.colors.headerFill, stroke: nil, lineWidth: 0))
        let cells = columns.map { Cell($0.title, color: composer.template.colors.muted) }
        drawRow(cells, frames: frames, rowHeight: rowHeight, bold: true, in: &composer)
    }

    private func drawRow(
        _ cells: [Cell], frames: [(x: Double, width: Double)], rowHeight: Double, bold: Bool,
        in composer: inout PageComposer
    ) {
        let padding = Self.padding
        let textY = composer.cursor + (rowHeight - composer.lineHeight()) / 2
        for (index, cell) in cells.enumerated() where index < frames.count {
            let frame = frames[index]
            let style = composer.style(
                bold: bold, width: max(frame.width - 2 * padding, 1), alignment: columns[index].alignment,
                // Only a name cell may be cut; a totals row's text ("매수 334건 · 매도 166건") shrinks instead.
                overflow: bold ? .shrink : columns[index].overflow)
            composer.text(cell.text, style: style, color: cell.color, x: frame.x + padding, y: textY)
        }
        composer.advance(rowHeight)
    }
}
