-- The overdue board's candidates, dossier by dossier (issue 18): open_due_dates (V6, V10) holds a count per due date,
-- which gives the board's counts but cannot list its dossiers. Per unit, as of board_state.as_of and until the day
-- before valid_until (the next dated event among the unit's dossiers: a receipt, a supplement asked or received, a
-- resolution; null = none), every dossier that can be on the board on such a day:
--   resolved = FALSE: open on as_of and not waiting for a supplement, with its due date (fixed until the next event);
--   resolved = TRUE:  resolved late by as_of without an apology letter issued by then.
-- apology_on is the letter's day, so a letter issued after as_of takes the dossier off the apology list on its day.
-- The lists are then one indexed query each (overdue: due_on < the day; due soon: due_on before the K-th working day
-- after it). Kept write by write (StoredFigures) and stamped with
-- the data version as the other stored figures; an existing register fills it on the board's first view.
CREATE TABLE board_state (
    unit_code    VARCHAR(64) NOT NULL PRIMARY KEY,
    as_of        DATE        NOT NULL,
    valid_until  DATE,
    data_version BIGINT      NOT NULL,
    app_build    VARCHAR(80) NOT NULL,
    CONSTRAINT fk_board_state_unit FOREIGN KEY (unit_code) REFERENCES units (code) ON UPDATE CASCADE ON DELETE CASCADE
);
-- With the due date, each row holds what the board shows of its dossier (code, procedure, applicant, receipt) and
-- what its status needs (resolution, supplementation cycles requested by as_of), so the lists are read from here
-- alone, without looking a million-row table up dossier by dossier; a write of the dossier replaces its row.
CREATE TABLE board_dossiers (
    unit_code          VARCHAR(64)   NOT NULL,
    dossier_id         BIGINT        NOT NULL,
    resolved           BOOLEAN       NOT NULL,
    due_on             DATE          NOT NULL,
    apology_on         DATE,
    supplement_cycles  INTEGER       NOT NULL,
    code               VARCHAR(100)  NOT NULL,
    procedure_code     VARCHAR(64)   NOT NULL,
    applicant          VARCHAR(1000),
    channel            VARCHAR(16)   NOT NULL,
    received_at        TIMESTAMP     NOT NULL,
    resolved_on        DATE,
    outcome            VARCHAR(16),
    new_appointment_on DATE,
    CONSTRAINT pk_board_dossiers PRIMARY KEY (unit_code, dossier_id),
    CONSTRAINT fk_board_dossiers_unit FOREIGN KEY (unit_code) REFERENCES units (code) ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX ix_board_dossiers_due ON board_dossiers (unit_code, resolved, due_on);
