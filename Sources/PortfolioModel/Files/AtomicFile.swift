package import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one atomic file writer: write to a temporary file beside the target, `fsync`, check, `rename` over it.
///
/// `rename(2)` within one folder is atomic, so a reader (a PDF viewer, rsync, the Drive client, a second
/// kisdash) sees the old file or the new one, never half of one; a failure at any step removes the temporary file
/// and leaves the target as it was. Used for the dashboard, the archive index, copies into the archive and the
/// 0600 state files (token cache, pending order, trading password).
package enum AtomicFile {
    /// Why the file could not be replaced (the path and the system's reason; never the contents).
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package var description: String
    }

    /// Replaces `url` with `data`, created with `mode`, after `check` accepted the written temporary file.
    /// - Parameters:
    ///   - url: The file to replace (its folder must exist).
    ///   - data: The new contents.
    ///   - mode: The permission bits of the new file (0600 for secrets: never readable by others, even briefly).
    ///   - check: Reads the temporary file back; an error it throws is rethrown as is and nothing is replaced.
    /// - Throws: ``Failure``, or what `check` throws.
    package static func replace(
        _ url: URL, with data: Data, mode: mode_t = 0o644, check: (URL) throws -> Void = { _ in }
    ) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let fd = open(temporary.path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, mode)
        guard fd >= 0 else { throw Failure(description: "cannot create \(temporary.path): \(reason(errno))") }
        var done = false
        defer { if !done { unlink(temporary.path) } }
        let written = data.withUnsafeBytes { buffer in
            buffer.baseAddress.map { systemWrite(fd, $0, buffer.count) } ?? 0
        }
        let synced = fsync(fd) == 0
        let error = errno
        close(fd)
        guard written == data.count, synced else {
            throw Failure(description: "cannot write \(url.path): \(reason(written < 0 || !synced ? error : ENOSPC))")
        }
        try check(temporary)
        guard rename(temporary.path, url.path) == 0 else {
            throw Failure(description: "cannot replace \(url.path): \(reason(errno))")
        }
        done = true
    }

    /// Copies `source` over `destination` atomically (same checks as ``replace(_:with:mode:check:)``).
    /// - Throws: ``Failure``.
    package static func copy(_ source: URL, to destination: URL) throws {
        guard let data = FileManager.default.contents(atPath: source.path) else {
            throw Failure(description: "cannot read \(source.path)")
        }
        try replace(destination, with: data)
    }

    private static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// `write(2)`, named apart from the writer's own methods.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
