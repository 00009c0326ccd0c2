import Foundation

/// What `kisdash --version` prints: the version and the commit it was built from.
///
/// The commit is read at run time, so building needs no generated source: `scripts/install.sh` writes it beside the
/// installed binary (`kisdash.commit`); a build inside the checkout finds `.git` above `.build/`.
enum BuildInfo {
    static let version = "0.9.0"

    /// `kisdash 0.9.0 (commit 1a2b3c4d5e6f)`.
    static var line: String { "kisdash \(version) (commit \(commit() ?? "unknown"))" }

    /// The commit of this build, if it can be found.
    static func commit(executable: URL? = Bundle.main.executableURL) -> String? {
        guard let executable = executable?.resolvingSymlinksInPath() else { return nil }
        let beside = executable.deletingLastPathComponent().appendingPathComponent("kisdash.commit")
        if let text = try? String(contentsOf: beside, encoding: .utf8) { return short(text) }
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            let git = folder.appendingPathComponent(".git")
            if let head = try? String(contentsOf: git.appendingPathComponent("HEAD"), encoding: .utf8) {
                return resolve(head, in: git)
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// `ref: refs/heads/main` → the commit in that ref (loose or packed); a detached HEAD is the commit itself.
    private static func resolve(_ head: String, in git: URL) -> String? {
        let text = head.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("ref: ") else { return short(text) }
        let ref = String(text.dropFirst(5))
        if let loose = try? String(contentsOf: git.appendingPathComponent(ref), encoding: .utf8) { return short(loose) }
        let packed = (try? String(contentsOf: git.appendingPathComponent("packed-refs"), encoding: .utf8)) ?? ""
        return packed.split(separator: "\n").first { $0.hasSuffix(" " + ref) }.map { short(String($0.prefix(40))) }
    }

    private static func short(_ text: String) -> String {
        String(text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(12))
    }
}
