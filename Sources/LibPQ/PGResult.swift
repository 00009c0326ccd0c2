internal import CLibPQ

/// The result of one statement; owns its `PGresult` and frees it with `PQclear`.
///
/// Not Sendable: it lives and dies inside ``Database``'s executor. Decode rows into Sendable values there.
package final class PGResult {
    /// Internal (not private) for the binary decoding in `PGResult+Binary.swift`.
    let handle: OpaquePointer

    /// Takes ownership of `handle`; it is cleared in `deinit`, error results included.
    init(taking handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        PQclear(handle)
    }

    /// The number of rows returned.
    package var rowCount: Int { Int(PQntuples(handle)) }

    /// The number of columns returned.
    package var columnCount: Int { Int(PQnfields(handle)) }

    /// Rows inserted, updated, deleted or selected, from the command tag (`INSERT 0 5` gives 5).
    package var affectedRows: Int { Int(String(cString: PQcmdTuples(handle))) ?? 0 }

    /// The name of column `index` (0-based).
    package func columnName(_ index: Int) -> String {
        guard let name = PQfname(handle, Int32(index)) else { return "?" }
        return String(cString: name)
    }

    /// The text of a cell, or `nil` for SQL NULL (libpq itself returns "" for NULL, which would be ambiguous).
    package func value(row: Int, column: Int) -> String? {
        guard PQgetisnull(handle, Int32(row), Int32(column)) == 0,
            let text = PQgetvalue(handle, Int32(row), Int32(column))
        else { return nil }
        return String(cString: text)
    }

    /// Decodes every row into a tuple of the given column types.
    ///
    /// - Parameter types: The column types in order, e.g. `(String, Int64, Date?).self`.
    /// - Returns: One tuple per row.
    /// - Throws: ``PGError`` with `.decodingFailed` if the column count differs or a value does not parse,
    ///   `.unexpectedNull` for a NULL in a non-optional column. The value itself is never in the message.
    package func decode<each Column: PGDecodable>(_ types: (repeat each Column).Type) throws -> [(repeat each Column)] {
        var expected = 0
        for _ in repeat (each Column).self { expected += 1 }
        try requireColumns(expected)
        return try mapRows { row in
            var column = 0
            return (repeat try decodeCell((each Column).self, row: row, column: &column))
        }
    }

    /// Throws `.decodingFailed` unless the result has `expected` columns.
    func requireColumns(_ expected: Int) throws {
        guard expected == columnCount else {
            throw PGError(code: .decodingFailed, message: "expected \(expected) columns, got \(columnCount)")
        }
    }

    /// One value per row, in order.
    func mapRows<T>(_ transform: (_ row: Int) throws -> T) rethrows -> [T] {
        var rows: [T] = []
        rows.reserveCapacity(rowCount)
        for row in 0..<rowCount { rows.append(try transform(row)) }
        return rows
    }

    private func decodeCell<T: PGDecodable>(_ type: T.Type, row: Int, column: inout Int) throws -> T {
        defer { column += 1 }
        do {
            return try T.decode(pgText: value(row: row, column: column))
        } catch var error as PGError {
            error.message = "column \(column) \"\(columnName(column))\" as \(T.self): \(error.message)"
            throw error
        }
    }

    /// A diagnostic field of an error result (see the `CLibPQ_diag*` helpers).
    func errorField(_ field: Int32) -> String? {
        PQresultErrorField(handle, field).map { String(cString: $0) }
    }

    /// libpq's status of this result (`PGRES_COPY_IN` after a `COPY … FROM STDIN`).
    var status: ExecStatusType { PQresultStatus(handle) }

    /// Whether the statement succeeded (command or rows; an empty query string counts as success).
    var succeeded: Bool {
        status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY
    }

    /// libpq's full error text for this result (may contain DETAIL lines: scrub before showing).
    var errorMessage: String { String(cString: PQresultErrorMessage(handle)) }
}
