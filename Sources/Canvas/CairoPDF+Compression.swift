import Dispatch
import Synchronization

extension CairoPDF {
    /// Each stream Cairo left uncompressed (page contents, ToUnicode maps), compressed, as the object that replaces
    /// it (by number).
    ///
    /// Cairo leaves them so when ``PDFSurface/compressPagesOnBothCores()`` asked it to; they are then compressed
    /// here on `workers` threads, largest first, unless `ready` has one compressed already from the same bytes.
    /// Streams Cairo compressed itself (fonts, or everything under a Cairo without the switch) are left as they are.
    func compressedStreams(
        workers: Int, ready: [Int: PDFOverlay.ReadyStream] = [:]
    ) throws(CanvasError) -> [Int: [UInt8]] {
        var raw: [(number: Int, data: ArraySlice<UInt8>)] = []
        var objects: [Int: [UInt8]] = [:]
        for (number, range) in self.objects.enumerated() {
            guard let range, Self.find(Self.streamKeyword, in: bytes, range) != nil else { continue }
            let words = try dictionary(number).split(whereSeparator: \.isWhitespace)
            if words.contains("/Filter") { continue }
            // Nothing but its length, which the compressed stream gives anew.
            guard words.count == 6 || words.count == 4, words.first == "<<", words.last == ">>", words[1] == "/Length"
            else { throw Self.refused("object \(number)'s stream dictionary") }
            let data = try streamData(number)
            if let stream = ready[number], stream.raw.elementsEqual(data) {
                objects[number] = stream.object
            } else {
                raw.append((number, data))
            }
        }
        raw.sort { $0.data.count > $1.data.count }
        let streams = raw
        let next = Atomic(0)
        let done = Mutex<[Int: Result<[UInt8], CanvasError>]>([:])
        DispatchQueue.concurrentPerform(iterations: max(min(workers, raw.count), 1)) { _ in
            while case let index = next.add(1, ordering: .relaxed).oldValue, index < streams.count {
                let (number, data) = streams[index]
                let object = Result { () throws(CanvasError) -> [UInt8] in try Self.compressedObject(number, data) }
                done.withLock { $0[number] = object }
            }
        }
        for (number, result) in done.withLock({ $0 }) { objects[number] = try result.get() }
        return objects
    }

    /// Stream object `number` holding `data` compressed.
    static func compressedObject(_ number: Int, _ data: ArraySlice<UInt8>) throws(CanvasError) -> [UInt8] {
        let compressed = try Deflate.compress(data)
        let head = "\(number) 0 obj\n<< /Length \(compressed.count) /Filter /FlateDecode >>\nstream\n"
        return Array(head.utf8) + compressed + Array("\nendstream\nendobj\n".utf8)
    }

    /// The raw page content Cairo wrote in `region` (what one `cairo_show_page` wrote, under
    /// ``PDFSurface/compressPagesOnBothCores()``), compressed; `nil` when the region holds no raw stream.
    ///
    /// Cairo writes the stream as `N 0 obj << /Length M 0 R >> stream … endstream endobj` and the length right
    /// after it as object `M`, so the data is found by its length, never by searching it.
    static func readyStream(in region: [UInt8]) throws(CanvasError) -> PDFOverlay.ReadyStream? {
        guard let open = find(streamKeyword, in: region, 0..<region.count) else { return nil }
        let marker = Array(" 0 obj\n".utf8)
        var header = open - marker.count
        while header >= 0, !region[header..<header + marker.count].elementsEqual(marker) { header -= 1 }
        guard header >= 0 else { return nil }
        let line = region[..<header].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let dictionary = text(region, header + marker.count..<open + 2).split(whereSeparator: \.isWhitespace)
        guard let number = Int(text(region, line..<header)), dictionary.count == 6,
            dictionary[1] == "/Length", let lengthObject = Int(dictionary[2]), dictionary[3] == "0"
        else { return nil }
        let start = open + streamKeyword.count
        let trailer = Array("\nendstream\nendobj\n\(lengthObject) 0 obj\n".utf8)
        guard let end = find(trailer, in: region, start..<region.count) else { return nil }
        let value = text(region, end + trailer.count..<min(end + trailer.count + 24, region.count))
        let digits = value.drop { $0 == " " }.prefix { $0.isASCII && $0.isNumber }
        guard let length = Int(digits), length == end - start else { return nil }
        let data = region[start..<end]
        return PDFOverlay.ReadyStream(number: number, raw: Array(data), object: try compressedObject(number, data))
    }
}
