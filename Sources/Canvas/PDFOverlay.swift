/// Lays drawings over the pages of a Cairo PDF: how the drawings painted on the second core (``PDFContent``) and
/// the main surface's pages become one document.
///
/// Each overlaid page gets its drawings as a form XObject drawn after the page's own content. The page's content
/// is wrapped in `q` … `Q` first: Cairo starts every page by flipping the y axis and never undoes it, and the form
/// flips on its own. The form carries its own resources (its graphics states), so no names can clash. Every other
/// object of the base is copied byte for byte (fonts, outline, metadata), but for the streams Cairo left
/// uncompressed (``PDFSurface/compressPagesOnBothCores()``), which are compressed here on two threads.
package enum PDFOverlay {
    /// The name each overlaid page's resources give the form.
    static let formName = "/kdOverlay"

    /// A page content stream compressed on the second core while Cairo painted the next pages: the bytes it was
    /// compressed from, and the object that replaces it.
    package struct ReadyStream: Sendable {
        /// The stream's object number, and the bytes it was compressed from.
        package let number: Int
        package let raw: [UInt8]
        let object: [UInt8]

        /// The page content Cairo wrote in `region` (the bytes one `cairo_show_page` added), compressed; `nil`
        /// when there is none to compress.
        package init?(compressing region: [UInt8]) throws(CanvasError) {
            guard let stream = try CairoPDF.readyStream(in: region) else { return nil }
            self = stream
        }

        init(number: Int, raw: [UInt8], object: [UInt8]) {
            (self.number, self.raw, self.object) = (number, raw, object)
        }
    }

    /// One page's drawings, ready to be laid over it: the content compressed, and the resources it names.
    package struct Form: Sendable {
        let box: String
        let resources: String
        let data: [UInt8]

        /// `content` for a page `width` × `height` points.
        package init(_ content: PDFContent, width: Double, height: Double) throws(CanvasError) {
            let (bytes, resources) = content.finished()
            box = PDFNumber.text(0, 0, width, height)
            self.resources = resources
            data = try Deflate.compress(bytes[...], level: Deflate.drawingLevel)
        }
    }

    /// `base` with `forms[i]` drawn over page `i` (0-based) for each `i`, and its raw streams compressed (those in
    /// `ready` already are, when their bytes match).
    ///
    /// - Throws: `CanvasError` (`.drawing`) naming what was unexpected when `base` is not as Cairo 1.16 writes it,
    ///   or a form is for a page it does not have; nothing is half-merged.
    package static func merge(
        _ base: [UInt8], forms: [Int: Form], ready: [ReadyStream] = []
    ) throws(CanvasError) -> [UInt8] {
        let under = try CairoPDF(base)
        var replaced = try under.compressedStreams(
            workers: 2, ready: Dictionary(ready.map { ($0.number, $0) }) { first, _ in first })
        guard forms.keys.allSatisfy(under.pages.indices.contains) else {
            throw CairoPDF.refused("a page to overlay past the last of \(under.pages.count)")
        }
        guard !forms.isEmpty else {
            return replaced.isEmpty ? base : write(under, replacing: replaced, adding: [], size: under.objects.count)
        }
        var next = under.objects.count
        let (open, close) = (next, next + 1)
        next += 2
        let closing = "Q\n\(formName) Do\n"
        var added = [
            object(open, "<< /Length 2 >>\nstream\nq\n\nendstream\nendobj\n"),
            object(close, "<< /Length \(closing.utf8.count) >>\nstream\n\(closing)\nendstream\nendobj\n"),
        ]
        for (index, form) in forms.sorted(by: { $0.key < $1.key }) {
            let formNumber = next
            next += 1
            let pageNumber = under.pages[index]
            var page = try under.dictionary(pageNumber)
            let contents = try CairoPDF.reference("/Contents", in: page)
            let resources = try CairoPDF.reference("/Resources", in: page)
            guard replaced[resources] == nil, let at = page.firstRange(of: "/Contents \(contents) 0 R") else {
                throw CairoPDF.refused("page \(index + 1)'s contents or resources are shared or indirect")
            }
            page.replaceSubrange(at, with: "/Contents [ \(open) 0 R \(contents) 0 R \(close) 0 R ]")
            replaced[pageNumber] = object(pageNumber, page + "endobj\n")
            replaced[resources] = object(
                resources, try withForm(formNumber, in: under.dictionary(resources)) + "endobj\n")
            added.append(formObject(formNumber, form))
        }
        return write(under, replacing: replaced, adding: added, size: next)
    }

    /// `resources` with the form added under ``formName``.
    private static func withForm(_ form: Int, in resources: String) throws(CanvasError) -> String {
        guard !resources.contains(formName) else { throw CairoPDF.refused("the base already names \(formName)") }
        var resources = resources
        if let xobjects = resources.firstRange(of: "/XObject <<") {
            resources.insert(contentsOf: " \(formName) \(form) 0 R", at: xobjects.upperBound)
        } else if let open = resources.firstRange(of: "<<") {
            resources.insert(contentsOf: "\n   /XObject << \(formName) \(form) 0 R >>", at: open.upperBound)
        } else {
            throw CairoPDF.refused("page resources that are not a dictionary")
        }
        return resources
    }

    /// `form` as form XObject number `number`.
    private static func formObject(_ number: Int, _ form: Form) -> [UInt8] {
        let dictionary =
            "<< /Type /XObject /Subtype /Form /BBox [ \(form.box) ] /Resources \(form.resources) /Filter /FlateDecode"
            + " /Length \(form.data.count) >>\nstream\n"
        return Array("\(number) 0 obj\n\(dictionary)".utf8) + form.data + Array("\nendstream\nendobj\n".utf8)
    }

    private static func object(_ number: Int, _ body: String) -> [UInt8] { Array("\(number) 0 obj\n\(body)".utf8) }
}
