-- On a PostgreSQL server (only; Engine.Server adds this folder to Flyway's): each officer has a login of their own,
-- mapped to a unit and a role in `officers` (V10), and the server itself decides which rows a login may read and
-- change (row-level security), so a client that bypasses the app still sees only what its login may:
--   officer  — reads and writes the rows of its own unit;
--   reviewer — reads the rows of every unit, writes none;
--   admin    — reads and writes every unit's rows, and the units and officers.
-- A login that is not in `officers` sees no unit's rows. The policies name current_user (the login, which a client
-- cannot set), never a setting the client could change. The owner of the tables (the login that created them: the
-- IT officer's) is not bound by the policies: it is the one that sets up the server and upgrades it.
-- The group role reformdesk_officer carries the table privileges; the IT officer grants it to each officer's login.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reformdesk_officer') THEN
        CREATE ROLE reformdesk_officer NOLOGIN;
    END IF;
END
$$;

-- A login's role and unit. SECURITY DEFINER: they read `officers` as its owner; current_user is passed by the policy
-- (evaluated as the calling login), and each policy calls them once per statement (a scalar sub-select), not per row.
CREATE FUNCTION reformdesk_role(who name) RETURNS varchar LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT AS $$ SELECT role FROM officers WHERE login = who $$;
CREATE FUNCTION reformdesk_unit(who name) RETURNS varchar LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT AS $$ SELECT unit_code FROM officers WHERE login = who $$;

DO $$
DECLARE
    t text;
    reads  text := '(unit_code = (SELECT reformdesk_unit(current_user))'
                || ' OR (SELECT reformdesk_role(current_user)) IN (''reviewer'', ''admin''))';
    writes text := '((SELECT reformdesk_role(current_user)) = ''admin'' OR ((SELECT reformdesk_role(current_user))'
                || ' = ''officer'' AND unit_code = (SELECT reformdesk_unit(current_user))))';
    anyone text := '(SELECT reformdesk_role(current_user)) IS NOT NULL';
    editors text := '(SELECT reformdesk_role(current_user)) IN (''officer'', ''admin'')';
    admins text := '(SELECT reformdesk_role(current_user)) = ''admin''';
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO reformdesk_officer', current_schema());
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO reformdesk_officer',
                   current_schema());
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO reformdesk_officer', current_schema());
    REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM reformdesk_officer;

    -- a unit's records: read as the login may, written by its officer or an administrator
    FOREACH t IN ARRAY ARRAY['dossiers', 'index_scores', 'targets', 'exchange_state', 'exchange_conflicts'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY unit_read ON %I FOR SELECT USING %s', t, reads);
        EXECUTE format('CREATE POLICY unit_insert ON %I FOR INSERT WITH CHECK %s', t, writes);
        EXECUTE format('CREATE POLICY unit_update ON %I FOR UPDATE USING %s WITH CHECK %s', t, writes, writes);
        EXECUTE format('CREATE POLICY unit_delete ON %I FOR DELETE USING %s', t, writes);
    END LOOP;

    -- the calendar: every unit may read every unit's (a unit with no changes of its own uses its parent's)
    FOREACH t IN ARRAY ARRAY['calendar_days', 'calendar_removed_days', 'calendar_replaced_years'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY unit_read ON %I FOR SELECT USING (%s)', t, anyone);
        EXECUTE format('CREATE POLICY unit_insert ON %I FOR INSERT WITH CHECK %s', t, writes);
        EXECUTE format('CREATE POLICY unit_update ON %I FOR UPDATE USING %s WITH CHECK %s', t, writes, writes);
        EXECUTE format('CREATE POLICY unit_delete ON %I FOR DELETE USING %s', t, writes);
    END LOOP;

    -- stored figures, a cache of what the login may read: whoever may read a unit may store its figures
    FOREACH t IN ARRAY ARRAY['period_tallies', 'period_tally_lines', 'open_due_dates_state', 'open_due_dates'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY unit_all ON %I FOR ALL USING %s WITH CHECK %s', t, reads, reads);
    END LOOP;

    -- the audit trail: read as the records; added to by whoever writes the unit; never changed nor deleted
    ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
    EXECUTE format('CREATE POLICY unit_read ON audit_log FOR SELECT USING %s', reads);
    EXECUTE format('CREATE POLICY unit_insert ON audit_log FOR INSERT WITH CHECK %s', writes);

    -- shared by every unit: read by every officer; the units and officers are written by administrators, the
    -- settings too (deadline rules hold for every unit); procedures, frameworks and keys by officers and admins
    FOREACH t IN ARRAY ARRAY['units', 'officers', 'app_setting', 'procedures', 'frameworks', 'framework_versions',
                             'index_components', 'trusted_units', 'data_writes'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY shared_read ON %I FOR SELECT USING (%s)', t, anyone);
        EXECUTE format('CREATE POLICY shared_write ON %I FOR ALL USING (%s) WITH CHECK (%s)', t,
                       CASE WHEN t IN ('units', 'officers', 'app_setting') THEN admins
                            WHEN t = 'data_writes' THEN anyone ELSE editors END,
                       CASE WHEN t IN ('units', 'officers', 'app_setting') THEN admins
                            WHEN t = 'data_writes' THEN anyone ELSE editors END);
    END LOOP;
END
$$;

-- a supplement cycle belongs to its dossier: seen and written as the dossier is
ALTER TABLE supplement_cycles ENABLE ROW LEVEL SECURITY;
CREATE POLICY unit_read ON supplement_cycles FOR SELECT
    USING (EXISTS (SELECT 1 FROM dossiers d WHERE d.id = dossier_id));
CREATE POLICY unit_write ON supplement_cycles FOR ALL
    USING (EXISTS (SELECT 1 FROM dossiers d WHERE d.id = dossier_id AND ((SELECT reformdesk_role(current_user)) = 'admin'
        OR ((SELECT reformdesk_role(current_user)) = 'officer' AND d.unit_code = (SELECT reformdesk_unit(current_user))))))
    WITH CHECK (EXISTS (SELECT 1 FROM dossiers d WHERE d.id = dossier_id AND ((SELECT reformdesk_role(current_user)) = 'admin'
        OR ((SELECT reformdesk_role(current_user)) = 'officer' AND d.unit_code = (SELECT reformdesk_unit(current_user))))));

-- the audit trail names the login that made the change, whatever the client sent
CREATE FUNCTION reformdesk_audit_officer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.officer := current_user;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_officer BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION reformdesk_audit_officer();

-- tables a later migration creates get the same privileges (their policies come with them)
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO reformdesk_officer;
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO reformdesk_officer;
