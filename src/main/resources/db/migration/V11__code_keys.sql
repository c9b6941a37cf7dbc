-- Codes are compared without regard to case (docs/formats.md): BADX-1 and badx-1 are one dossier. code_key is the
-- code in lower case, kept by the database itself (a generated column), and unique: a second spelling of a stored
-- code is refused whichever program writes it. ${generated_stored} is STORED on PostgreSQL (which requires it) and
-- empty on H2 (which has no such word).
-- Registers written before this version may already hold two spellings of one code: the later ones (by id) are
-- marked code_case_twin and get no key (NULL, which a unique index allows more than once), so the upgrade never
-- fails on them; they stay reachable by their exact code, and the app reports them.

ALTER TABLE dossiers ADD COLUMN code_case_twin BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE dossiers SET code_case_twin = TRUE WHERE id IN (
    SELECT d.id FROM dossiers d
    JOIN (SELECT LOWER(code) AS k, MIN(id) AS first_id FROM dossiers GROUP BY LOWER(code) HAVING COUNT(*) > 1) t
      ON LOWER(d.code) = t.k AND d.id <> t.first_id);
ALTER TABLE dossiers ADD COLUMN code_key VARCHAR(100)
    GENERATED ALWAYS AS (CASE WHEN code_case_twin THEN NULL ELSE LOWER(code) END) ${generated_stored};
CREATE UNIQUE INDEX ux_dossiers_code_key ON dossiers (code_key);

ALTER TABLE procedures ADD COLUMN code_case_twin BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE procedures SET code_case_twin = TRUE WHERE id IN (
    SELECT p.id FROM procedures p
    JOIN (SELECT LOWER(code) AS k, MIN(id) AS first_id FROM procedures GROUP BY LOWER(code) HAVING COUNT(*) > 1) t
      ON LOWER(p.code) = t.k AND p.id <> t.first_id);
ALTER TABLE procedures ADD COLUMN code_key VARCHAR(64)
    GENERATED ALWAYS AS (CASE WHEN code_case_twin THEN NULL ELSE LOWER(code) END) ${generated_stored};
CREATE UNIQUE INDEX ux_procedures_code_key ON procedures (code_key);
