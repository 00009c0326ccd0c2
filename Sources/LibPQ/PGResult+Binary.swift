internal import CLibPQ

extension PGResult {
    /// Decodes every row of a binary-format result (``PGConnection/queryBinary(_:as:)``) into tuples.
    ///
    /// Each column's type is checked against the tuple's ``PGBinaryDecodable/pgBinaryTypes`` once, before the
    /// first row; the cells are then read straight from libpq's buffer, with no text in between.
    /// - Throws: ``PGError`` `.decodingFailed` for a column count or type that differs from the tuple or a cell
    ///   that does not decode, `.unexpectedNull` for a NULL in a non-optional column. Values are never shown.
    package func decodeBinary<each Column: PGBinaryDecodable>(
        _ types: (repeat each Column).Type
    ) throws -> [(repeat each Column)] {
        var expected = 0
        for type in repeat (each Column).self {
            try checkBinaryColumn(expected, accepts: type.pgBinaryTypes, as: "\(type)")
            expected += 1
        }
        try requireColumns(expected)
        return try mapRows { row in
            var column = 0
            return (repeat try binaryCell((each Column).self, row: row, column: &column))
        }
    }

    private func checkBinaryColumn(_ column: Int, accepts types: [PGType], as name: String) throws {
        guard column < columnCount else { return }  // the count check after the loop reports it
        guard PQfformat(handle, Int32(column)) == 1 else {
            throw PGError(code: .decodingFailed, message: "column \(column) was not sent in binary format")
        }
        let type = PGType(rawValue: PQftype(handle, Int32(column)))
        guard types.contains(type) else {
            throw PGError(
                code: .decodingFailed,
                message: "column \(column) \"\(columnName(column))\" is \(type), which \(name) does not read")
        }
    }

    private func binaryCell<T: PGBinaryDecodable>(_ type: T.Type, row: Int, column: inout Int) throws -> T {
        defer { column += 1 }
        let (r, c) = (Int32(row), Int32(column))
        do {
            guard PQgetisnull(handle, r, c) == 0, let value = PQgetvalue(handle, r, c) else {
                return try T.decode(pgBinary: nil)
            }
            return try T.decode(pgBinary: UnsafeRawBufferPointer(start: value, count: Int(PQgetlength(handle, r, c))))
        } catch var error as PGError {
            error.message = "column \(column) \"\(columnName(column))\" as \(T.self): \(error.message)"
            throw error
        }
    }
}
