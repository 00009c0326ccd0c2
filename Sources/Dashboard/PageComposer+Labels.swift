extension PageComposer {
    /// A chart laid out with its texts on top: where its drawings start, and its texts held back.
    struct LabelLayer {
        var page: Int
        var first: Int
        var held: [(page: Int, command: DrawCommand)] = []
    }

    /// Lays out `body` with its texts over its drawings: the drawings in the order `body` made them, then the texts
    /// (and their backdrops, ``backdrop(_:fill:)``) in theirs.
    ///
    /// A chart's labels sit beside its lines and bars and are read over them, so nothing is lost by drawing them
    /// last, as plotting libraries do. It lets the painter see a chart as one stretch of drawings followed by one of
    /// text: the drawings that no text comes near can then be painted on the other core (`OverlaySplit`), where a
    /// grid line between two axis labels had to stay where it was. Each text keeps the page it was laid out on.
    package mutating func labelsOnTop(_ body: (inout PageComposer) -> Void) {
        let outer = labelLayer
        labelLayer = LabelLayer(page: pages.count - 1, first: pages[pages.count - 1].commands.count)
        body(&self)
        let held = labelLayer?.held ?? []
        labelLayer = outer
        for (page, command) in held { add(command, toPage: page) }
    }

    /// Fills `rect` in the label layer: under the text drawn after it, over every drawing of the chart.
    package mutating func backdrop(_ rect: Rect, fill: Color) {
        label(.rect(rect, fill: fill, stroke: nil, lineWidth: 0))
    }

    /// Cuts out of `rect`, grown by `margin`, every line of the chart in ``labelsOnTop(_:)`` drawn so far that
    /// crosses it: a label's place inside a plot, kept clear of grid lines without a white box painted over them.
    ///
    /// A white box would have to be painted in its place, over the lines and under the label, and so would every
    /// line crossing a line under it: the whole grid stayed on the main surface. Lines that only come near `rect`
    /// are left whole. Outside ``labelsOnTop(_:)`` it does nothing.
    package mutating func knockOut(_ rect: Rect, margin: Double) {
        guard let layer = labelLayer, layer.page == pages.count - 1 else { return }
        let hole = rect.insetBy(dx: -margin, dy: -margin)
        rewrite(page: layer.page, from: layer.first) { command in
            guard case .polyline(let points, let color, let width, let dash) = command,
                hole.intersects(polyline: points)
            else { return [command] }
            return hole.outside(polyline: points).map { .polyline($0, color: color, lineWidth: width, dash: dash) }
        }
    }

    /// Adds a text or backdrop: held back inside ``labelsOnTop(_:)``, drawn at once outside it.
    mutating func label(_ command: DrawCommand) {
        guard labelLayer != nil else { return draw(command) }
        let page = pages.count - 1
        labelLayer?.held.append((page, command))
    }
}
