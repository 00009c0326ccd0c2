package import Foundation

/// Loads the KIS example bodies copied into this module's `Fixtures/` resources.
package enum Fixture {
    /// Why a fixture could not be loaded.
    package struct NotFound: Error, CustomStringConvertible {
        /// The name asked for.
        package var name: String
        package var description: String { "fixture \(name) not found in KISDashTestSupport/Fixtures" }
    }

    /// The URL of fixture `name` (`"inquire-balance"` or `"inquire-balance.json"`).
    /// - Throws: ``NotFound``.
    package static func url(_ name: String) throws -> URL {
        let file = name.contains(".") ? name : name + ".json"
        let base = (file as NSString).deletingPathExtension
        let ext = (file as NSString).pathExtension
        if let url = Bundle.module.url(forResource: base, withExtension: ext, subdirectory: "Fixtures") {
            return url
        }
        if let root = Bundle.module.resourceURL {
            let url = root.appendingPathComponent("Fixtures").appendingPathComponent(file)
            if FileManager.default.fileExists(atPath: url.path) { return url }
        }
        throw NotFound(name: name)
    }

    /// The bytes of fixture `name`.
    /// - Throws: ``NotFound`` or a read error.
    package static func load(_ name: String) throws -> Data {
        try Data(contentsOf: url(name))
    }

    /// The text of fixture `name`.
    /// - Throws: ``NotFound`` or a read error.
    package static func text(_ name: String) throws -> String {
        String(decoding: try load(name), as: UTF8.self)
    }
}
