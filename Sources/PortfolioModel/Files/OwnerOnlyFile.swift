import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one owner-only (0600) check: a file that holds a secret must give group and others no permission at all.
///
/// Used for the KIS secrets file (when loading it and in `config check`) and for the state files (token and
/// approval-key caches, pending order, trading password). It reads the mode with `stat(2)`, which follows a symbolic
/// link to the file it names: a link (always 0777) to a 0600 file passes, a link to a 0644 file does not.
package enum OwnerOnlyFile {
    /// What the check found.
    package enum Status: Sendable, Equatable {
        /// Group and others have no permission bit.
        case ownerOnly
        /// No file at the path.
        case missing
        /// `stat(2)` failed with this `errno` (a folder on the way is unreadable, …).
        case unreadable(errno: Int32)
        /// Group or others have a permission bit; `mode` is the file's permission bits (such as `0o644`).
        case exposed(mode: Int)
    }

    /// Checks the file at `path`.
    package static func status(_ path: String) -> Status {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return errno == ENOENT ? .missing : .unreadable(errno: errno)
        }
        let mode = Int(info.st_mode & 0o7777)
        return mode & 0o077 == 0 ? .ownerOnly : .exposed(mode: mode)
    }

    /// `mode` as four octal digits, as `chmod` and `ls` users read it (`0644`).
    package static func octal(_ mode: Int) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
