import Digest
import Foundation

extension FactSheet {
    /// The canonical JSON text (sorted keys, no slash escaping, UTF-8), equal for equal sheets.
    package var canonicalJSON: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Every member is a string, integer, boolean, array or nested struct: encoding cannot fail.
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The sheet as indented JSON for a prompt (same content as ``canonicalJSON``).
    package var prettyJSON: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// The sheet without the times and ages that change on every run (see ``FreshnessFacts``).
    package var material: FactSheet {
        var copy = self
        copy.freshness = freshness.material
        return copy
    }

    /// SHA-256 (hex) of the canonical JSON of ``material``: equal when nothing material changed.
    package var materialHash: String { SHA256.hex(material.canonicalJSON) }
}
