-- The overdue board read by pages (issue 18): its first view shows each list's count and first rows, and reads the
-- rest in the background. Each list's order on screen is the most urgent first (the most working days late, then the
-- least left), then the earlier due date, the earlier receipt, the dossier's id. An open dossier's urgency falls as its
-- due date rises, so the open lists are read in order from an index on (due_on, received_at, dossier_id) and stop
-- after the page. A dossier resolved late keeps its working days late for good: late_days (0 for an open one) orders
-- the resolved part of the apology list the same way. apology_on closes both indexes so that the counts are read from
-- the index alone.
ALTER TABLE board_dossiers ADD COLUMN late_days INTEGER DEFAULT 0 NOT NULL;
DROP INDEX ix_board_dossiers_due;
CREATE INDEX ix_board_dossiers_due ON board_dossiers (unit_code, resolved, due_on, received_at, dossier_id, apology_on);
CREATE INDEX ix_board_dossiers_late ON board_dossiers (unit_code, resolved, late_days DESC, due_on, received_at,
    dossier_id, apology_on);
-- stored rows from before this column are counted again on the board's next view (a cache of the register)
DELETE FROM board_dossiers;
DELETE FROM board_state;
