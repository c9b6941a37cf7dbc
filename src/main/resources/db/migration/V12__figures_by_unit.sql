-- Stored figures by unit (a province's register holds several units' dossiers, and each unit's dashboard reads its
-- own): the tally lines and the open dossiers' due dates gain the unit's code ('' for a dossier without one). They
-- are kept up to date write by write (store/StoredFigures); what was stored before is dropped and counted again.
DELETE FROM period_tallies;
DROP TABLE period_tally_lines;
CREATE TABLE period_tally_lines (
    period_code       VARCHAR(20) NOT NULL,
    settled_only      BOOLEAN     NOT NULL,
    unit_code         VARCHAR(64) NOT NULL,
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
    PRIMARY KEY (period_code, settled_only, unit_code, procedure_code),
    FOREIGN KEY (period_code, settled_only) REFERENCES period_tallies (period_code, settled_only) ON DELETE CASCADE
);

DELETE FROM open_due_dates_state;
DROP TABLE open_due_dates;
CREATE TABLE open_due_dates (
    unit_code VARCHAR(64) NOT NULL,
    due_on    DATE        NOT NULL,
    dossiers  INTEGER     NOT NULL,
    PRIMARY KEY (unit_code, due_on)
);
