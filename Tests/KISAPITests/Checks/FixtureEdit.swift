import Foundation
import KISDashTestSupport

/// A fixture answer with its JSON object changed by `edit` (to build replies that cannot be right).
func edited(_ name: String, trCont: String? = "D", _ edit: @escaping (inout [String: Any]) -> Void) throws
    -> FakeTransport.Outcome
{
    try .fixture(name, trCont: trCont) { text in
        var object = (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
        edit(&object)
        let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}

extension Dictionary where Key == String, Value == Any {
    /// Sets `field` of row `index` of the array `array` (for example `output1`, `output2`).
    mutating func set(_ array: String, _ index: Int, _ field: String, _ value: String) {
        guard var rows = self[array] as? [[String: Any]], rows.indices.contains(index) else { return }
        rows[index][field] = value
        self[array] = rows
    }

    /// The rows of the array `array`.
    func rows(_ array: String) -> [[String: Any]] { self[array] as? [[String: Any]] ?? [] }
}
