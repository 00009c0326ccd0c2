/// A payload KIS documents as an array of one object but that some answers send as a bare object
/// (balance `output2`), or the other way round.
///
/// Decodes either into an array.
struct OneOrMany<Element: Decodable>: Decodable {
    var elements: [Element]

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let array = try? container.decode([Element].self) {
            elements = array
        } else {
            elements = [try container.decode(Element.self)]
        }
    }
}
