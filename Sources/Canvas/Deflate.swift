internal import CZlib

/// zlib's Flate compression, as PDF's `/FlateDecode` reads it.
enum Deflate {
    /// zlib's default, which Cairo uses: for text, whose streams lower levels make a tenth larger.
    static let level: Int32 = 6
    /// For the overlay's drawings (numbers and path operators): under 1 % larger than at ``level``, in half the
    /// time (bench/README.md).
    static let drawingLevel: Int32 = 5

    /// `data` as one zlib stream.
    ///
    /// - Throws: `CanvasError` (`.drawing`) should zlib refuse (it only does when out of memory).
    static func compress(_ data: ArraySlice<UInt8>, level: Int32 = level) throws(CanvasError) -> [UInt8] {
        let bound = Int(compressBound(uLong(data.count)))
        var status = Z_OK
        let compressed = [UInt8](unsafeUninitializedCapacity: bound) { buffer, count in
            var size = uLong(bound)
            status = data.withUnsafeBufferPointer { input in
                compress2(buffer.baseAddress, &size, input.baseAddress, uLong(input.count), level)
            }
            count = status == Z_OK ? Int(size) : 0
        }
        guard status == Z_OK else { throw CanvasError(.drawing, "zlib could not compress a page (status \(status))") }
        return compressed
    }
}
