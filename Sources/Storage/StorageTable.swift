/// The tables this module owns, for counts and diagnostics (`kisdash doctor`).
enum StorageTable {
    /// Every data table, in migration order.
    static let all = [
        "kis_account", "kis_holding", "kis_unfilled_order", "kis_order_detail", "kis_execution", "kis_deposit_log",
        "kis_daily_summary", "daily_price", "daily_price_coverage", "min_price", "trade_orders", "trade_executions",
        "sync_run", "ai_diagnosis", "pipeline_run", "market_calendar", "market_calendar_fetch", "archive_entry",
        "min_price_packed",
        "schema_migrations",
    ]
}
