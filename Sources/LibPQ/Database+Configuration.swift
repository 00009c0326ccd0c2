extension Database {
    /// How ``Database`` connects and sets up each session.
    package struct Configuration: Sendable, CustomStringConvertible {
        /// A `postgresql://` URL (or conninfo string).
        ///
        /// Never logged: ``description`` hides it.
        package var url: String
        /// Shown in `pg_stat_activity` unless the URL sets `application_name`.
        package var applicationName: String
        /// If set, the session's `search_path` (tests use a throwaway schema each).
        package var searchPath: String?
        /// Open the session with `SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY` (the renderer's store).
        package var readOnly: Bool
        /// The session time zone; timestamps are `timestamptz`, this only affects how they print.
        package var timeZone: String

        /// Creates a configuration.
        package init(
            url: String, applicationName: String = "kisdash", searchPath: String? = nil, readOnly: Bool = false,
            timeZone: String = "Asia/Seoul"
        ) {
            self.url = url
            self.applicationName = applicationName
            self.searchPath = searchPath
            self.readOnly = readOnly
            self.timeZone = timeZone
        }

        /// Names the application and the mode, never the URL.
        package var description: String {
            "Database.Configuration(application: \(applicationName), readOnly: \(readOnly)"
                + (searchPath.map { ", searchPath: \($0)" } ?? "") + ")"
        }
    }
}
