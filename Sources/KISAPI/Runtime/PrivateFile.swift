package import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Owner-only (0600) state files: written atomically, read only when nobody else can read them.
///
/// Writing makes a 0600 temp file in the same directory, `fsync`s it and `rename`s it over the target, so a
/// reader never sees half a file and the contents are never readable by others, not even for a moment. Used for
/// the token cache, the pending order and the trading password.
package enum PrivateFile {
    /// Why a state file could not be used.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package var description: String
    }

    /// Replaces `path` atomically with `data`, mode 0600.
    /// - Throws: ``Failure`` naming the path and errno.
    package static func write(_ data: Data, to path: String) throws {
        let temporary = path + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(description: "cannot create \(temporary) (errno \(errno))") }
        let written = data.withUnsafeBytes { buffer in
            buffer.baseAddress.map { posixWrite(fd, $0, buffer.count) } ?? 0
        }
        let synced = fsync(fd) == 0
        close(fd)
        guard written == data.count, synced, rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw Failure(description: "cannot write \(path) (errno \(code))")
        }
    }

    /// The contents of `path`, or nil when it does not exist.
    /// - Throws: ``Failure`` when the file is readable by group or others, or cannot be read.
    package static func read(_ path: String) throws -> Data? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw Failure(description: "cannot stat \(path) (errno \(errno))")
        }
        guard info.st_mode & 0o077 == 0 else {
            throw Failure(description: "\(path) is readable by others; it must be mode 0600 (chmod 600)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "cannot read \(path)")
        }
        return data
    }

    /// Creates `directory` (mode 0700) if it is missing.
    /// - Throws: ``Failure``.
    package static func prepareDirectory(_ directory: URL) throws {
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw Failure(description: "cannot create state directory \(directory.path)")
        }
    }
}

/// `write(2)`, renamed so it does not clash with ``PrivateFile/write(_:to:)``.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
