/// The one error type of the `Settings` module: a settings file that cannot be read or has a bad key.
///
/// `message` always names the file and the key (`[publish] retries`), never a secret value.
package struct SettingsError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    package enum Code: Hashable, Sendable {
        /// The file is missing or unreadable.
        case unreadable
        /// The file is not valid TOML.
        case syntax
        /// A key has the wrong type or an out-of-range value.
        case invalidValue
        /// A key or section this build does not know (a typo would otherwise be silently ignored).
        case unknownKey
        /// A file the settings point to (the secrets file) is readable by others.
        case insecureFile
    }

    /// What went wrong.
    package var code: Code
    /// One line naming the file and key (the first problem when there are several).
    package var message: String
    /// Every problem found in the file, one line each (`config check` prints them all).
    package var all: [String]

    /// Creates an error.
    package init(_ code: Code, _ message: String, all: [String]? = nil) {
        self.code = code
        self.message = message
        self.all = all ?? [message]
    }

    package var description: String {
        all.count > 1 ? "\(message) (and \(all.count - 1) more: `kisdash config check` lists them)" : message
    }
}
