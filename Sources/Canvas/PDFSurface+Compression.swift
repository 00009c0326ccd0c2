#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension PDFSurface {
    /// Has every PDF surface created from now on leave its page contents uncompressed, for
    /// ``PDFOverlay/merge(_:forms:ready:)`` to compress on both cores.
    ///
    /// Cairo otherwise deflates each page inside `cairo_show_page`, on the one thread that paints the text: a tenth
    /// of its paint (3 ms of a 20-holding render, bench/README.md). Cairo 1.16 reads `CAIRO_DEBUG_PDF` when a
    /// surface is created (it keeps every other stream, such as fonts, compressed); a Cairo without the switch
    /// compresses the pages itself, and they are then copied as they are. Call once at process start, before any other thread exists:
    /// changing the environment while another thread reads it is undefined.
    package static func compressPagesOnBothCores() {
        setenv("CAIRO_DEBUG_PDF", "1", 1)
    }
}
