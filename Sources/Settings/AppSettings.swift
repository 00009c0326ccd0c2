/// Everything `kisdash.toml` configures, as plain typed values with documented defaults.
///
/// One struct per section. The renderer and the diagnosis map ``render`` and ``diagnosis`` into their own
/// settings types; nothing here imports them. Secrets are never stored here: the KIS app key, secret and account
/// come from the environment or the 0600 secrets file named by ``KISSection/secretsFile``, and the LLM key from
/// the environment variable named by ``DiagnosisSection/apiKeyEnv``.
package struct AppSettings: Sendable, Equatable {
    /// `[kis]`: which KIS system and how fast to call it.
    package var kis = KISSection()
    /// `[database]`: where PostgreSQL is.
    package var database = DatabaseSection()
    /// `[schedule]`: sessions, the calendar override file, and the cron install path.
    package var schedule = ScheduleSection()
    /// `[publish]`: where the dashboard goes after it is written.
    package var publish = PublishSection()
    /// `[archive]`: the end-of-day copies and intraday retention.
    package var archive = ArchiveSection()
    /// `[hooks]`: the failure hook and when data counts as stale.
    package var hooks = HookSection()
    /// `[render]`: the dashboard template and output.
    package var render = RenderSection()
    /// `[diagnosis]`: the AI diagnosis provider.
    package var diagnosis = DiagnosisSection()
    /// `[logging]`: the log level.
    package var logging = LoggingSection()
    /// The file these settings were read from; `nil` for the built-in defaults.
    package var sourcePath: String?

    /// The defaults (what an empty file gives).
    package init() {}
}
