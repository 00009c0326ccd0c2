/// Where an error was created, for diagnostics (the shape of NIO's `FileSystemError.SourceLocation`).
package struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The function.
    package var function: String
    /// The file (`#fileID`).
    package var file: String
    /// The line.
    package var line: Int

    /// Creates a location.
    package init(function: String, file: String, line: Int) {
        self.function = function
        self.file = file
        self.line = line
    }

    package var description: String { "\(file):\(line)" }
}
