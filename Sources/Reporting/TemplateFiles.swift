package import Dashboard
package import Foundation

/// Finds and reads dashboard templates: `templates/NAME.toml`, or a path to a `.toml` file.
package enum TemplateFiles {
    /// The templates folder: `override` (a command-line option) or `$KISDASH_TEMPLATES_DIR`, else `./templates`.
    package static func directory(
        override: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL {
        URL(fileURLWithPath: override ?? environment["KISDASH_TEMPLATES_DIR"] ?? "templates")
    }

    /// The template `name` (or the default `dashboard`) in `directory`; the built-in template when no name was given
    /// and no `dashboard.toml` exists.
    package static func load(name: String?, directory: URL) throws(ReportError) -> DashboardTemplate {
        let url: URL
        if let name, name.hasSuffix(".toml") || name.contains("/") {
            url = URL(fileURLWithPath: name)
        } else {
            url = directory.appendingPathComponent("\(name ?? "dashboard").toml")
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            if name == nil { return .standard }
            throw ReportError(.template, "template \(url.path) does not exist (templates live in \(directory.path))")
        }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw ReportError(.template, "cannot read template \(url.path): \(error.localizedDescription)")
        }
        do { return try TemplateLoader.parse(text, source: url.path) } catch {
            throw ReportError(.template, error.description)
        }
    }
}
