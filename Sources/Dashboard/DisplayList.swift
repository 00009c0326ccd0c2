/// One drawing operation on a page.
///
/// A laid-out page is a list of these: data, not PDF bytes, so tests can check boxes and text directly.
package enum DrawCommand: Sendable, Hashable {
    /// Text whose box's top-left corner is `origin`.
    case text(String, style: TextStyle, color: Color, origin: Point)
    /// A rectangle, filled and/or outlined.
    case rect(Rect, fill: Color?, stroke: Color?, lineWidth: Double)
    /// An open line through `points`.
    case polyline([Point], color: Color, lineWidth: Double, dash: [Double])
    /// Vertical bars of one colour and width, each from `bottom` up to `top` (volume bars): stroked as one path of
    /// two-point lines, half the PDF operators of rectangles.
    case bars([Bar], width: Double, color: Color)
    /// A filled closed shape.
    case polygon([Point], fill: Color)
    /// A pie slice from `start` to `end` radians (0 = 3 o'clock, clockwise).
    case wedge(center: Point, radius: Double, start: Double, end: Double, fill: Color, stroke: Color?)
}

/// One vertical bar of a ``DrawCommand/bars(_:width:color:)`` command.
package struct Bar: Sendable, Hashable {
    package var x: Double
    package var top: Double
    package var bottom: Double

    /// Creates a bar centred on `x`.
    package init(x: Double, top: Double, bottom: Double) {
        self.x = x
        self.top = top
        self.bottom = bottom
    }
}

/// An entry in the PDF outline (bookmarks).
package struct Bookmark: Sendable, Hashable {
    /// The entry's title.
    package var title: String
    /// 0 for a section, 1 for an entry inside the section before it.
    package var level: Int
    /// Where on the page the entry points, in points from the top.
    package var y: Double

    /// Creates a bookmark.
    package init(title: String, level: Int, y: Double) {
        self.title = title
        self.level = level
        self.y = y
    }
}

/// One laid-out page.
package struct LaidOutPage: Sendable, Hashable {
    /// Page width and height in points.
    package var width: Double
    package var height: Double
    package var commands: [DrawCommand]
    package var bookmarks: [Bookmark]

    /// Creates an empty page.
    package init(width: Double, height: Double, commands: [DrawCommand] = [], bookmarks: [Bookmark] = []) {
        self.width = width
        self.height = height
        self.commands = commands
        self.bookmarks = bookmarks
    }

    /// Every string drawn on the page, in drawing order.
    package var texts: [String] {
        commands.compactMap { if case .text(let s, _, _, _) = $0 { s } else { nil } }
    }
}

/// What ``DashboardLayout`` produces: the pages and the document's metadata.
package struct LaidOutDocument: Sendable, Hashable {
    package var pages: [LaidOutPage]
    package var title: String
    package var subject: String
    package var keywords: String
    /// ISO 8601 with the KST offset: the data's clock, so the same data gives the same file.
    package var creationDate: String

    /// Creates a document.
    package init(pages: [LaidOutPage], title: String, subject: String, keywords: String, creationDate: String) {
        self.pages = pages
        self.title = title
        self.subject = subject
        self.keywords = keywords
        self.creationDate = creationDate
    }
}
