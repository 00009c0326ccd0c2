/// How ``Database/withTransaction(_:_:)`` begins its transaction.
package enum TransactionMode: Sendable {
    /// `BEGIN`: read committed, may write.
    case readWrite
    /// `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`: one consistent snapshot for several reads; writes fail.
    case readOnly

    var beginStatement: PGQuery {
        switch self {
        case .readWrite: "BEGIN"
        case .readOnly: "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
        }
    }
}
