import Canvas
import Testing

/// A page Cairo wrote raw is found in the bytes one `cairo_show_page` added by its length object, never by
/// searching its data, and is compressed on the second core.
@Suite struct ReadyStreamTests {
    private func region(_ data: String, length: Int? = nil, lengthObject: Int = 9) -> [UInt8] {
        let head = "7 0 obj\n<< /Type /Page >>\nendobj\n8 0 obj\n<< /Length \(lengthObject) 0 R\n>>\nstream\n"
        let tail = "\nendstream\nendobj\n\(lengthObject) 0 obj\n   \(length ?? data.utf8.count)\nendobj\n"
        return Array((head + data + tail).utf8)
    }

    @Test func aPageIsFoundByItsLength() throws {
        let data = "q 0 0 m 10 10 l S\nQ\n"
        let stream = try #require(try PDFOverlay.ReadyStream(compressing: region(data)))
        #expect(stream.number == 8)
        #expect(stream.raw == Array(data.utf8))
    }

    @Test func dataThatLooksLikeTheEndOfTheStreamIsNotTheEnd() throws {
        // Literal text can hold anything; the stream ends where its length object says.
        let data = "BT (\nendstream\nendobj\n3 0 obj\n) Tj ET\n"
        let stream = try #require(try PDFOverlay.ReadyStream(compressing: region(data)))
        #expect(stream.raw == Array(data.utf8))
    }

    @Test func anythingElseIsLeftToTheMerge() throws {
        #expect(try PDFOverlay.ReadyStream(compressing: region("q Q\n", length: 3)) == nil)
        #expect(try PDFOverlay.ReadyStream(compressing: Array("no stream here".utf8)) == nil)
        let compressed = Array("8 0 obj\n<< /Length 4 /Filter /FlateDecode >>\nstream\nabcd\nendstream\nendobj\n".utf8)
        #expect(try PDFOverlay.ReadyStream(compressing: compressed) == nil)
        let cut = region("q 0 0 m 10 10 l S Q\n")
        for end in stride(from: 0, to: cut.count, by: 7) {
            _ = try PDFOverlay.ReadyStream(compressing: Array(cut[..<end]))  // never a crash
        }
    }
}
