extension TableBlock {
    /// The columns' widths: each starts at its weight's share; a column whose widest cell (or title) needs more
    /// grows to it, taking the room from the name columns (`.ellipsize`), which keep at least half their share.
    ///
    /// When even that is not enough, the growth is scaled down and the widest cells shrink to fit
    /// (``PageComposer/text(_:style:color:x:y:)``): a number is never cut.
    func columnWidths(_ composer: PageComposer) -> [Double] {
        let totalWeight = columns.map(\.weight).reduce(0, +)
        let shares = columns.map { composer.width * $0.weight / totalWeight }
        var widths = shares
        for (index, column) in columns.enumerated() where column.overflow == .shrink {
            widths[index] = max(shares[index], contentWidth(column: index, composer) + 2 * Self.padding + 0.5)
        }
        let growth = zip(widths, shares).map { $0 - $1 }.reduce(0, +)
        let elastic = columns.indices.filter { columns[$0].overflow == .ellipsize }
        let spare = elastic.map { shares[$0] * 0.5 }.reduce(0, +)
        let taken = min(growth, spare)
        for index in elastic { widths[index] = shares[index] - taken * (shares[index] * 0.5) / max(spare, 1e-9) }
        let excess = widths.reduce(0, +) - composer.width
        if excess > 0.01 {
            // Not enough room: every grown column gives back its part of the excess; its widest cells shrink.
            let grown = columns.indices.filter { widths[$0] > shares[$0] }
            let growthLeft = grown.map { widths[$0] - shares[$0] }.reduce(0, +)
            for index in grown { widths[index] -= excess * (widths[index] - shares[index]) / growthLeft }
        }
        return widths
    }

    /// The natural one-line width of the widest text in column `index`: its title and every cell (bold for the
    /// title and the totals).
    private func contentWidth(column index: Int, _ composer: PageComposer) -> Double {
        let plain = composer.style()
        let bold = composer.style(bold: true)
        var widest = composer.naturalWidth(of: columns[index].title, style: bold)
        for row in rows where index < row.count {
            widest = max(widest, composer.naturalWidth(of: row[index].text, style: plain))
        }
        if let totals, index < totals.count {
            widest = max(widest, composer.naturalWidth(of: totals[index].text, style: bold))
        }
        return widest
    }
}
