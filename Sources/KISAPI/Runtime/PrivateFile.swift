package import Foundation
import PortfolioModel

/// Owner-only (0600) state files: written atomically, read only when nobody else can read them
/// (``OwnerOnlyFile``, the one 0600 check).
///
/// Writing goes through ``AtomicFile`` with mode 0600, so a reader never sees half a file and the contents are never
/// readable by others, not even for a moment. Used for the token cache, the pending order and the trading password.
package enum PrivateFile {
    /// Why a state file could not be used.
    package struct Failure: Error, Sendable, CustomStringConvertible {
        package var description: String
    }

    /// Replaces `path` atomically with `data`, mode 0600 (``AtomicFile``).
    /// - Throws: ``Failure`` naming the path and the reason.
    package static func write(_ data: Data, to path: String) throws {
        do {
            try AtomicFile.replace(URL(fileURLWithPath: path), with: data, mode: 0o600)
        } catch {
            throw Failure(description: "\(error)")
        }
    }

    /// The contents of `path`, or nil when it does not exist.
    /// - Throws: ``Failure`` when the file is readable by group or others, or cannot be read.
    package static func read(_ path: String) throws -> Data? {
        switch OwnerOnlyFile.status(path) {
        case .ownerOnly: break
        case .missing: return nil
        case .unreadable(let code): throw Failure(description: "cannot stat \(path) (errno \(code))")
        case .exposed(let mode):
            throw Failure(
                description: "\(path) has mode \(OwnerOnlyFile.octal(mode)) (readable by others); it must be 0600 "
                    + "(chmod 600 \(path))")
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
