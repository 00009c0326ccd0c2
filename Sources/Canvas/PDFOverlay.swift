/// Lays the pages of one Cairo PDF over the same pages of another: how two surfaces painted at the same time
/// become one document.
///
/// Each overlaid page of the base gets the overlay's page as a form XObject drawn after the page's own content.
/// The page's content is wrapped in `q` … `Q` first: Cairo starts every page by flipping the y axis and never
/// undoes it, and the form flips on its own. The form keeps the overlay page's resources, so no names can clash.
/// Every other object of the base is copied byte for byte (fonts, outline, metadata); the overlay contributes only
/// its pages' compressed content streams. Its pages' resources must not reference other objects: the overlay is
/// lines and shapes, never text or images (whose fonts and pictures would be separate objects).
package enum PDFOverlay {
    /// The name each overlaid page's resources give the form.
    static let formName = "/kdOverlay"

    /// `base` with page `i` of `overlay` drawn over page `i` for each `i` in `pages` (0-based).
    ///
    /// - Throws: `CanvasError` (`.drawing`) naming what was unexpected when either file is not as Cairo 1.16
    ///   writes it, or the two have different page counts; nothing is half-merged.
    package static func merge(_ base: [UInt8], _ overlay: [UInt8], pages: [Int]) throws(CanvasError) -> [UInt8] {
        let under = try CairoPDF(base)
        let over = try CairoPDF(overlay)
        var replaced = try under.compressedStreams(workers: 2)
        guard under.pages.count == over.pages.count else {
            throw CairoPDF.refused("the overlay has \(over.pages.count) pages, the base \(under.pages.count)")
        }
        guard pages.allSatisfy(under.pages.indices.contains) else {
            throw CairoPDF.refused("a page to overlay past the last of \(under.pages.count)")
        }
        var next = under.objects.count
        let (open, close) = (next, next + 1)
        next += 2
        let closing = "Q\n\(formName) Do\n"
        var added = [
            object(open, "<< /Length 2 >>\nstream\nq\n\nendstream\nendobj\n"),
            object(close, "<< /Length \(closing.utf8.count) >>\nstream\n\(closing)\nendstream\nendobj\n"),
        ]
        for index in Set(pages).sorted() {
            let form = next
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
            replaced[resources] = object(resources, try withForm(form, in: under.dictionary(resources)) + "endobj\n")
            added.append(try formObject(form, page: index, of: over))
        }
        return write(under, replacing: replaced, adding: added, size: next)
    }

    /// `pdf` with every stream Cairo left uncompressed compressed (``PDFSurface/compressPagesOnBothCores()``),
    /// on `workers` threads, faster when its pages have `drawingsOnly`; `pdf` itself when Cairo compressed them
    /// all.
    package static func compressingPages(
        _ pdf: [UInt8], workers: Int, drawingsOnly: Bool = false
    ) throws(CanvasError) -> [UInt8] {
        let document = try CairoPDF(pdf)
        let replaced = try document.compressedStreams(
            workers: workers, level: drawingsOnly ? Deflate.drawingLevel : Deflate.level)
        guard !replaced.isEmpty else { return pdf }
        return write(document, replacing: replaced, adding: [], size: document.objects.count)
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

    /// Page `index` of `overlay` as form XObject number `number`, its content stream copied still compressed.
    private static func formObject(_ number: Int, page index: Int, of overlay: CairoPDF) throws(CanvasError) -> [UInt8]
    {
        let page = try overlay.dictionary(overlay.pages[index])
        let contents = try CairoPDF.reference("/Contents", in: page)
        let resources = try overlay.dictionary(try CairoPDF.reference("/Resources", in: page))
        guard !resources.contains(" 0 R") else {
            throw CairoPDF.refused("the overlay's page \(index + 1) uses fonts, images or patterns")
        }
        guard let box = page.firstRange(of: "/MediaBox ["), let end = page[box.upperBound...].firstIndex(of: "]") else {
            throw CairoPDF.refused("the overlay's page \(index + 1) has no media box")
        }
        let content = try overlay.dictionary(contents)
        var data = Array(try overlay.streamData(contents))
        if !content.contains("/Filter") {
            data = try Deflate.compress(data[...], level: Deflate.drawingLevel)
        } else if !content.contains("/Filter /FlateDecode") {
            throw CairoPDF.refused("the overlay's page \(index + 1) has a filter other than Flate")
        }
        let compact = resources.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let dictionary =
            "<< /Type /XObject /Subtype /Form /BBox [\(page[box.upperBound..<end])] /Resources \(compact) /Filter /FlateDecode"
            + " /Length \(data.count) >>\nstream\n"
        return Array("\(number) 0 obj\n\(dictionary)".utf8) + data + Array("\nendstream\nendobj\n".utf8)
    }

    private static func object(_ number: Int, _ body: String) -> [UInt8] { Array("\(number) 0 obj\n\(body)".utf8) }
}
