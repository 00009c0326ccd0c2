internal import CPangoCairo

/// A Cairo PDF surface writing into memory.
///
/// Owns its `cairo_surface_t`.
///
/// Cairo never touches the file system: Cairo 1.16 aborts on an assertion when its output stream fails part-way
/// (seen with a full disk), so the caller writes ``finish()``'s bytes itself, where a write error is an ordinary,
/// catchable error.
package final class PDFSurface {
    let pointer: OpaquePointer
    private let sink = PDFSink()
    private var finished = false

    /// Creates a surface whose first page is `width` × `height` points.
    package init(width: Double, height: Double) throws(CanvasError) {
        guard let surface = cairo_pdf_surface_create_for_stream(PDFSink.write, sink.closure, width, height) else {
            throw CanvasError(.surface, "cannot create a PDF surface")
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw CanvasError(
                .surface, "cannot create a PDF surface: \(String(cString: cairo_status_to_string(status)))")
        }
        cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
        pointer = surface
    }

    deinit { cairo_surface_destroy(pointer) }

    /// Sets the document's title, author, subject, creator and creation date (`PDFMetadata`).
    package func setMetadata(_ metadata: PDFMetadata) {
        cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_TITLE, metadata.title)
        cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_AUTHOR, metadata.author)
        cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
        cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords)
        cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_CREATE_DATE, metadata.creationDate)
        cairo_pdf_surface_set_metadata(pointer, CAIRO_PDF_METADATA_MOD_DATE, metadata.creationDate)
    }

    /// Sets the size of the next page (call before drawing on it).
    package func setPageSize(width: Double, height: Double) {
        cairo_pdf_surface_set_size(pointer, width, height)
    }

    /// Adds an outline (bookmark) entry pointing at `page` (1-based) at `y` points from the top.
    ///
    /// - Returns: The entry's id, to nest children under it.
    @discardableResult
    package func addOutline(parent: Int32?, title: String, page: Int, y: Double) -> Int32 {
        let link = "page=\(page) pos=[0 \(Int(y.rounded()))]"
        return cairo_pdf_surface_add_outline(
            pointer, parent ?? Int32(CAIRO_PDF_OUTLINE_ROOT), title, link, cairo_pdf_outline_flags_t(0))
    }

    /// How many bytes Cairo has written so far: a mark for ``written(since:)``.
    package var writtenCount: Int { sink.count }

    /// What Cairo wrote after `mark` (``writtenCount``), such as the page one `cairo_show_page` wrote.
    package func written(since mark: Int) -> [UInt8] { sink.bytes(from: mark) }

    /// Finishes the document and returns the PDF's bytes; throws if Cairo failed at any point.
    package func finish() throws(CanvasError) -> [UInt8] {
        if !finished {
            finished = true
            cairo_surface_finish(pointer)
        }
        let status = cairo_surface_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw CanvasError(.drawing, "making the PDF failed: \(String(cString: cairo_status_to_string(status)))")
        }
        return sink.bytes
    }
}

/// The document information a PDF carries.
package struct PDFMetadata: Sendable, Hashable {
    package var title: String
    package var author: String
    package var subject: String
    package var creator: String
    package var keywords: String
    /// ISO 8601 with offset, for example `2025-12-04T10:30:00+09:00` (fixed, so the same data gives the same file).
    package var creationDate: String

    /// Creates metadata.
    package init(
        title: String, author: String, subject: String, creator: String, keywords: String, creationDate: String
    ) {
        self.title = title
        self.author = author
        self.subject = subject
        self.creator = creator
        self.keywords = keywords
        self.creationDate = creationDate
    }
}
