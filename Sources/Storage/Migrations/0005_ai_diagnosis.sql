-- One row per stored portfolio diagnosis (issue 5), written only by the Diagnosis module and read by the
-- renderer through DiagnosisStore. No API key, prompt secret or account digits beyond account_no are stored;
-- base_url_host is the host name only.

CREATE TABLE ai_diagnosis (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_no        varchar(20) NOT NULL,
    mode              varchar(5) NOT NULL CHECK (mode IN ('real', 'paper')),
    created_at        timestamptz NOT NULL,
    data_as_of        timestamptz,
    -- What the text is: rules ('offline') or a checked model reply.
    source            varchar(8) NOT NULL CHECK (source IN ('offline', 'gemini', 'openai')),
    -- What was configured; differs from source when a model reply fell back to the rules.
    provider          varchar(8) NOT NULL CHECK (provider IN ('offline', 'gemini', 'openai')),
    model             text,
    base_url_host     text,
    -- Whether a model was actually called for this row (the interval rule counts these).
    model_called      boolean NOT NULL DEFAULT false,
    latency_ms        integer CHECK (latency_ms >= 0),
    prompt_tokens     integer CHECK (prompt_tokens >= 0),
    completion_tokens integer CHECK (completion_tokens >= 0),
    fact_sheet_hash   char(64) NOT NULL,
    fact_sheet        jsonb NOT NULL,
    summary           jsonb NOT NULL,
    risks             jsonb NOT NULL,
    comments          jsonb NOT NULL,
    fallback_reason   text CHECK (strpos(fallback_reason, E'\n') = 0),
    dropped_sentences integer NOT NULL DEFAULT 0 CHECK (dropped_sentences >= 0),
    CONSTRAINT ai_diagnosis_offline_has_no_model_text CHECK (source = 'offline' OR source = provider)
);
-- "Latest diagnosis of an account" and "last model call" scan this index backwards.
CREATE INDEX ai_diagnosis_latest_idx ON ai_diagnosis (account_no, mode, created_at DESC, id DESC);
