extension PageComposer {
    /// Lays out `body` with its texts over its drawings: the drawings in the order `body` made them, then the texts
    /// (and their backdrops, ``backdrop(_:)``) in theirs.
    ///
    /// A chart's labels sit beside its lines and bars and are read over them, so nothing is lost by drawing them
    /// last, as plotting libraries do. It lets the painter see a chart as one stretch of drawings followed by one of
    /// text: the drawings that no text comes near can then be painted on the other core (`OverlaySplit`), where a
    /// grid line between two axis labels had to stay where it was. Each text keeps the page it was laid out on.
    package mutating func labelsOnTop(_ body: (inout PageComposer) -> Void) {
        let outer = heldLabels
        heldLabels = []
        body(&self)
        let held = heldLabels ?? []
        heldLabels = outer
        for (page, command) in held { add(command, toPage: page) }
    }

    /// Fills `rect` in the label layer: under the text drawn after it, over every drawing of the chart (a label's
    /// white box, keeping lines from showing through).
    package mutating func backdrop(_ rect: Rect, fill: Color) {
        label(.rect(rect, fill: fill, stroke: nil, lineWidth: 0))
    }

    /// Adds a text or backdrop: held back inside ``labelsOnTop(_:)``, drawn at once outside it.
    mutating func label(_ command: DrawCommand) {
        if heldLabels != nil {
            let page = pages.count - 1
            heldLabels?.append((page, command))
        } else {
            draw(command)
        }
    }
}
