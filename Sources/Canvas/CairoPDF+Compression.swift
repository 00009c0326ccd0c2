import Dispatch
import Synchronization

extension CairoPDF {
    /// Each stream Cairo left uncompressed (page contents, ToUnicode maps), compressed, as the object that replaces
    /// it (by number).
    ///
    /// Cairo leaves them so when ``PDFSurface/compressPagesOnBothCores()`` asked it to; they are then compressed
    /// here at zlib's `level`, on `workers` threads, largest first. Streams Cairo compressed itself (fonts, or
    /// everything under a Cairo without the switch) are left as they are.
    func compressedStreams(workers: Int, level: Int32 = Deflate.level) throws(CanvasError) -> [Int: [UInt8]] {
        var raw: [(number: Int, data: ArraySlice<UInt8>)] = []
        for (number, range) in objects.enumerated() {
            guard let range, Self.find(Self.streamKeyword, in: bytes, range) != nil else { continue }
            let words = try dictionary(number).split(whereSeparator: \.isWhitespace)
            if words.contains("/Filter") { continue }
            // Nothing but its length, which the compressed stream gives anew.
            guard words.count == 6 || words.count == 4, words.first == "<<", words.last == ">>", words[1] == "/Length"
            else { throw Self.refused("object \(number)'s stream dictionary") }
            raw.append((number, try streamData(number)))
        }
        raw.sort { $0.data.count > $1.data.count }
        let streams = raw
        let next = Atomic(0)
        let done = Mutex<[Int: Result<[UInt8], CanvasError>]>([:])
        DispatchQueue.concurrentPerform(iterations: max(min(workers, raw.count), 1)) { _ in
            while case let index = next.add(1, ordering: .relaxed).oldValue, index < streams.count {
                let (number, data) = streams[index]
                let object = Result { () throws(CanvasError) -> [UInt8] in
                    let compressed = try Deflate.compress(data, level: level)
                    let head = "\(number) 0 obj\n<< /Length \(compressed.count) /Filter /FlateDecode >>\nstream\n"
                    return Array(head.utf8) + compressed + Array("\nendstream\nendobj\n".utf8)
                }
                done.withLock { $0[number] = object }
            }
        }
        var objects: [Int: [UInt8]] = [:]
        for (number, result) in done.withLock({ $0 }) { objects[number] = try result.get() }
        return objects
    }
}
