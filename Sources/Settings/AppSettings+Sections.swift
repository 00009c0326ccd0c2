import PortfolioModel

/// The `[kis]` section; secrets are not here (see ``secretsFile``).
package struct KISSection: Sendable, Equatable {
    /// `mode`: `real` or `paper`; `nil` leaves it to `KIS_MODE`.
    package var mode: String?
    /// `base_url`: required by KIS's client (never defaulted to a real host); `nil` leaves it to `KIS_BASE_URL`.
    package var baseURL: String?
    /// `rate_limit`: calls per second (KIS: 18 real, 1 paper); `nil` for the mode's default.
    package var rateLimit: Int?
    /// `timeout_seconds`: one HTTP exchange.
    package var timeoutSeconds: Int?
    /// `secrets_file`: a `KEY=value` file (mode 0600) with `KIS_APP_KEY`, `KIS_APP_SECRET`, `KIS_ACCOUNT`.
    package var secretsFile: String?
    /// `state_dir`: token cache and call ledger (default `~/.cache/kisdash`).
    package var stateDirectory: String?

    /// The defaults.
    package init() {}
}

/// `[database]`.
package struct DatabaseSection: Sendable, Equatable {
    /// `url`: a URL without a password (a password belongs in the environment variable or `~/.pgpass`).
    package var url: String?
    /// `url_env`: the environment variable holding the URL (default `DATABASE_URL`); it wins over `url`.
    package var urlEnv = "DATABASE_URL"

    /// The defaults.
    package init() {}
}

/// `[schedule]`: market sessions in KST and where kisdash is installed (for `kisdash cron print`).
package struct ScheduleSection: Sendable, Equatable {
    /// `krx_open` / `krx_close`: the KRX regular session, `HH:MM` KST.
    package var krxOpen = TradingSessions.krxOpen.hourMinute
    /// See ``krxOpen``.
    package var krxClose = TradingSessions.krxClose.hourMinute
    /// `nxt`: also treat the Nextrade pre/after-market (08:00–20:00) as open.
    package var nxtEnabled = false
    /// `nxt_open` / `nxt_close`: the NXT session span, `HH:MM` KST.
    package var nxtOpen = TradingSessions.nxtOpen.hourMinute
    /// See ``nxtOpen``.
    package var nxtClose = TradingSessions.nxtClose.hourMinute
    /// `margin_minutes`: a cycle also runs this long before each session opens and after it closes, so the
    /// seed's 08:55 and 15:35 refreshes catch the pre-open state and the closing auction's result.
    package var marginMinutes = 5
    /// `calendar_override`: a file of ad-hoc closures (`YYYY-MM-DD [reason]`, or `open YYYY-MM-DD`).
    package var calendarOverride: String?
    /// `install_dir`: where kisdash is installed (the crontab's paths); default the current directory.
    package var installDir: String?
    /// `log_file`: the cron wrapper's log (rotated at 10 MB, 5 kept).
    package var logFile = "logs/kisdash-cron.log"

    /// The defaults.
    package init() {}
}

/// `[publish]`.
package struct PublishSection: Sendable, Equatable {
    /// `destinations`: local folders or `user@host:path` rsync targets.
    package var destinations: [String] = []
    /// `retries`: attempts after the first, per destination.
    package var retries = 3
    /// `retry_delay_seconds`: the first back-off (doubled each retry).
    package var retryDelaySeconds = 2.0
    /// `timeout_seconds`: one rsync attempt.
    package var timeoutSeconds = 120
    /// `rsync`: the rsync executable.
    package var rsync = "rsync"

    /// The defaults.
    package init() {}
}

/// `[archive]`.
package struct ArchiveSection: Sendable, Equatable {
    /// `directory`: end-of-day copies go to `<directory>/YYYY/MM/`.
    package var directory = "reports/archive"
    /// `keep_intraday`: keep a timestamped copy of every published dashboard under `<directory>/intraday/`.
    package var keepIntraday = false
    /// `intraday_retention_days`: intraday copies older than this are pruned; end-of-day copies never are.
    package var intradayRetentionDays = 7

    /// The defaults.
    package init() {}
}

/// `[hooks]`.
package struct HookSection: Sendable, Equatable {
    /// `on_failure`: a command run (via `/bin/sh -c`) with the failure summary as `$1`, on stdin and in
    /// `KISDASH_FAILURE`, in a scrubbed environment (no secrets; see `Pipeline.FailureHook`).
    package var onFailure: String?
    /// `stale_minutes`: data older than this during a session counts as stale (runs the hook too).
    package var staleMinutes = 30
    /// `timeout_seconds`: the hook's time limit.
    package var timeoutSeconds = 30

    /// The defaults.
    package init() {}
}

/// `[render]`: for the renderer to map into its own settings.
package struct RenderSection: Sendable, Equatable {
    /// `template`: the dashboard template, `templates/<name>.toml` (or a path to a .toml file).
    package var template = "dashboard"
    /// `output_path`: the live dashboard.
    package var outputPath = "reports/Realtime/Kis_Dashboard.pdf"
    /// `stale_minutes`: the STALE banner threshold while a session is open.
    package var staleMinutes = 15

    /// The defaults.
    package init() {}
}

/// `[diagnosis]`: for the diagnosis to map into its own settings.
package struct DiagnosisSection: Sendable, Equatable {
    /// `provider`: `offline`, `gemini` or `openai`; `nil` turns the stage off.
    package var provider: String?
    /// `model`: the model name.
    package var model: String?
    /// `base_url`: the provider's endpoint (required for a model provider; never defaulted).
    package var baseURL: String?
    /// `timeout_seconds`: one model call.
    package var timeoutSeconds = 20
    /// `min_interval_minutes`: at most one model call per interval.
    package var minIntervalMinutes = 30
    /// `loss_threshold_percent`: the stop-loss watch (negative).
    package var lossThresholdPercent = -5.0
    /// `api_key_env`: the environment variable holding the API key.
    package var apiKeyEnv: String?

    /// The defaults.
    package init() {}
}

/// `[logging]`.
package struct LoggingSection: Sendable, Equatable {
    /// `level`: trace, debug, info, notice, warning, error or critical.
    package var level = "info"

    /// The defaults.
    package init() {}
}
