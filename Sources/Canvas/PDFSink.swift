internal import CPangoCairo

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where Cairo's output stream collects the PDF, in memory that grows by doubling.
///
/// Cairo writes uncompressed page contents a word at a time (``PDFSurface/compressPagesOnBothCores()``): a
/// quarter of a million writes for 100 holdings. So the write function Cairo calls touches only raw memory, no
/// Swift object or array.
final class PDFSink {
    private struct Buffer {
        var base: UnsafeMutablePointer<UInt8>?
        var count = 0
        var capacity = 0
    }

    private let buffer = UnsafeMutablePointer<Buffer>.allocate(capacity: 1)

    init() { buffer.initialize(to: Buffer()) }

    deinit {
        free(buffer.pointee.base)
        buffer.deallocate()
    }

    /// What Cairo's write function is given to write into.
    var closure: UnsafeMutableRawPointer { UnsafeMutableRawPointer(buffer) }

    /// Cairo's write function: appends `length` bytes to the buffer `closure` names.
    static let write: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let buffer = closure.assumingMemoryBound(to: Buffer.self)
        let count = Int(length)
        if buffer.pointee.count + count > buffer.pointee.capacity {
            let capacity = max(buffer.pointee.capacity * 2, buffer.pointee.count + count, 1 << 16)
            guard let grown = realloc(buffer.pointee.base, capacity) else { return CAIRO_STATUS_NO_MEMORY }
            buffer.pointee.base = grown.assumingMemoryBound(to: UInt8.self)
            buffer.pointee.capacity = capacity
        }
        guard let base = buffer.pointee.base else { return CAIRO_STATUS_WRITE_ERROR }
        (base + buffer.pointee.count).update(from: data, count: count)
        buffer.pointee.count += count
        return CAIRO_STATUS_SUCCESS
    }

    /// Everything written so far.
    var bytes: [UInt8] { bytes(from: 0) }

    /// How many bytes were written so far.
    var count: Int { buffer.pointee.count }

    /// The bytes written from `offset` on.
    func bytes(from offset: Int) -> [UInt8] {
        guard let base = buffer.pointee.base, offset < buffer.pointee.count else { return [] }
        return Array(UnsafeBufferPointer(start: base + offset, count: buffer.pointee.count - offset))
    }
}
