/// Everything `kisdash.toml` configures, as plain typed values with documented defaults.
///
/// One struct per section. The renderer and the diagnosis map ``render`` and ``diagnosis`` into their own
/// settings types; nothing here imports them. Secrets are never stored here: the KIS app key, secret and account
/// come from the environment or the 0600 secrets file named by ``KISSettings/secretsFile``, and the LLM key from
/// the environment variable named by ``DiagnosisSettings/apiKeyEnv``.
package struct AppSettings: Sendable, Equatable {
    /// `[kis]`: which KIS system and how fast to call it.
    package var kis = KISSettings()
    /// `[database]`: where PostgreSQL is.
    package var database = DatabaseSettings()
    /// `[schedule]`: sessions, the calendar override file, and the cron install path.
    package var schedule = ScheduleSettings()
    /// `[publish]`: where the dashboard goes after it is written.
    package var publish = PublishSettings()
    /// `[archive]`: the end-of-day copies and intraday retention.
    package var archive = ArchiveSettings()
    /// `[hooks]`: the failure hook and when data counts as stale.
    package var hooks = HookSettings()
    /// `[render]`: the dashboard template and output.
    package var render = RenderSettings()
    /// `[diagnosis]`: the AI diagnosis provider.
    package var diagnosis = DiagnosisSettings()
    /// `[logging]`: the log level.
    package var logging = LoggingSettings()
    /// The file these settings were read from; `nil` for the built-in defaults.
    package var sourcePath: String?

    /// The defaults (what an empty file gives).
    package init() {}
}
