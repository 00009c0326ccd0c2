-- Issue 12 §2: a run that is stopped or killed is recorded as such. `interrupted`: SIGINT/SIGTERM reached it and
-- it recorded its end. `abandoned`: it was left `running` by a process that is gone (SIGKILL, power loss, OOM), as
-- found by a later run. Each row names its process (pid, host, boot id and the process's start time in clock
-- ticks since boot, so a reused pid is not mistaken for it), which lets `kisdash status` tell a live run from a
-- dead one without writing anything.

ALTER TABLE pipeline_run ALTER COLUMN outcome TYPE varchar(11);
ALTER TABLE pipeline_run DROP CONSTRAINT pipeline_run_outcome_check;
ALTER TABLE pipeline_run ADD CONSTRAINT pipeline_run_outcome_check
    CHECK (outcome IN ('running', 'success', 'nothing', 'partial', 'failure', 'interrupted', 'abandoned'));
ALTER TABLE pipeline_run
    ADD COLUMN pid integer CHECK (pid > 0),
    ADD COLUMN host text,
    ADD COLUMN boot_id text,
    ADD COLUMN process_start bigint;

ALTER TABLE sync_run ALTER COLUMN outcome TYPE varchar(11);
ALTER TABLE sync_run DROP CONSTRAINT sync_run_outcome_check;
ALTER TABLE sync_run ADD CONSTRAINT sync_run_outcome_check
    CHECK (outcome IN ('running', 'success', 'failure', 'interrupted', 'abandoned'));
ALTER TABLE sync_run
    ADD COLUMN pid integer CHECK (pid > 0),
    ADD COLUMN host text,
    ADD COLUMN boot_id text,
    ADD COLUMN process_start bigint;
