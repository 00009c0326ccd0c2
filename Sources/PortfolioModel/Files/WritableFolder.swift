package import Foundation

/// The one writable-folder probe: the dashboard's folder, publish destinations, `config check` and `doctor`.
///
/// It creates and removes a file, because permission bits alone miss read-only mounts, immutable folders and
/// running as root.
package enum WritableFolder {
    /// Why a folder cannot take files.
    package enum Problem: Error, Equatable, CustomStringConvertible {
        case missing
        case notAFolder
        case cannotCreate(String)
        case notWritable

        package var description: String {
            switch self {
            case .missing: "does not exist"
            case .notAFolder: "is not a folder"
            case .cannotCreate(let reason): "cannot be created (\(reason))"
            case .notWritable: "is not writable"
            }
        }
    }

    /// Whether `folder` accepts a new file; with `create`, a missing folder is created first (with parents).
    package static func probe(_ folder: URL, create: Bool) -> Result<Void, Problem> {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory)
        if exists, !isDirectory.boolValue { return .failure(.notAFolder) }
        if !exists {
            guard create else { return .failure(.missing) }
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                return .failure(.cannotCreate(error.localizedDescription))
            }
        }
        let probe = folder.appendingPathComponent(".kisdash-probe-\(getpid())-\(UUID().uuidString.prefix(6))")
        defer { try? FileManager.default.removeItem(at: probe) }
        return FileManager.default.createFile(atPath: probe.path, contents: nil) ? .success(()) : .failure(.notWritable)
    }
}
