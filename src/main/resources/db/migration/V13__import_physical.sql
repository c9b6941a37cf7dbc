-- What each dossier costs the database to write (issue 18): every index is one more B-tree per row, and
-- ix_dossiers_open (V5, V10) carried eight columns so that the overdue board and the register's open dossiers could be
-- read from the index alone: it doubled what an import writes. The open dossiers (resolved_on IS NULL, or resolved
-- after the as-of date) are few, and reading their rows by id costs little, so the index keeps its name and only
-- its leading column, as before V5. (The foreign key to units keeps its own index on H2 beside ix_dossiers_unit:
-- H2 lets a foreign key use only an index of exactly its columns.)
DROP INDEX ix_dossiers_open;
CREATE INDEX ix_dossiers_open ON dossiers (resolved_on);
