-- Many desks on one register (a shared PostgreSQL server): every record two desks can edit carries a version,
-- raised by every change. A save names the version it was based on (UPDATE ... WHERE id = ? AND row_version = ?);
-- when another desk saved in between, nothing is overwritten and the officer sees both (nothing is lost).
-- (Named row_version: VERSION is a keyword in some SQL dialects.)
ALTER TABLE dossiers ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE procedures ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE index_scores ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE targets ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
ALTER TABLE app_setting ADD COLUMN row_version BIGINT DEFAULT 1 NOT NULL;
