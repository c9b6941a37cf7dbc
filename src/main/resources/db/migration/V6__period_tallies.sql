-- Stored figures. A counter raised by every write transaction says whether anything changed since figures were
-- computed; the dashboard reuses a period's stored tally while the counter and the app build are the same, instead
-- of reading the period's dossiers again (a quarter at a million dossiers is 80,000 rows).
CREATE TABLE data_version (
    id      INTEGER NOT NULL PRIMARY KEY,
    version BIGINT  NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);

-- One stored tally per period and kind. whole: every dossier received in the period up to as_of, as of as_of (a
-- past period is always shown as of its end). settled: only the resolved dossiers, whose status no longer changes
-- from as_of on; the open ones are counted fresh each time.
CREATE TABLE period_tallies (
    period_code  VARCHAR(20) NOT NULL,
    settled_only BOOLEAN     NOT NULL,
    as_of        DATE        NOT NULL,
    data_version BIGINT      NOT NULL,
    app_build    VARCHAR(80) NOT NULL,
    PRIMARY KEY (period_code, settled_only)
);

-- The tally's counts by procedure (columns named after RateTally.Count).
CREATE TABLE period_tally_lines (
    period_code       VARCHAR(20) NOT NULL,
    settled_only      BOOLEAN     NOT NULL,
    procedure_code    VARCHAR(64) NOT NULL,
    received          INTEGER NOT NULL,
    direct            INTEGER NOT NULL,
    online            INTEGER NOT NULL,
    postal            INTEGER NOT NULL,
    early             INTEGER NOT NULL,
    on_time           INTEGER NOT NULL,
    late              INTEGER NOT NULL,
    overdue           INTEGER NOT NULL,
    pending           INTEGER NOT NULL,
    due_soon          INTEGER NOT NULL,
    paused            INTEGER NOT NULL,
    fee_dossiers      INTEGER NOT NULL,
    paid_online       INTEGER NOT NULL,
    issued            INTEGER NOT NULL,
    electronic_result INTEGER NOT NULL,
    digitised         INTEGER NOT NULL,
    negative          INTEGER NOT NULL,
    reused            INTEGER NOT NULL,
    PRIMARY KEY (period_code, settled_only, procedure_code),
    FOREIGN KEY (period_code, settled_only) REFERENCES period_tallies (period_code, settled_only) ON DELETE CASCADE
);

-- The due dates of the register's open dossiers, for the overdue and due-soon counts: while nothing is written, an
-- open dossier's due date stays the same, so the counts of a later day follow from these alone. Valid from as_of
-- until the day before valid_until (the next dated event among them: a receipt, supplement or resolution; null =
-- none).
CREATE TABLE open_due_dates_state (
    id           INTEGER     NOT NULL PRIMARY KEY,
    as_of        DATE        NOT NULL,
    valid_until  DATE,
    data_version BIGINT      NOT NULL,
    app_build    VARCHAR(80) NOT NULL
);
CREATE TABLE open_due_dates (
    due_on   DATE    NOT NULL PRIMARY KEY,
    dossiers INTEGER NOT NULL
);
