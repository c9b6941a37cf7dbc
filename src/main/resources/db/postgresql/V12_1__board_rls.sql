-- On a PostgreSQL server only: the overdue board's stored candidates (V12) are stored figures like those of V10.1,
-- a cache of what the login may read: whoever may read a unit may store its figures.
DO $$
DECLARE
    t text;
    reads text := '(unit_code = (SELECT reformdesk_unit(current_user))'
               || ' OR (SELECT reformdesk_role(current_user)) IN (''reviewer'', ''admin''))';
BEGIN
    FOREACH t IN ARRAY ARRAY['board_state', 'board_dossiers'] LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO reformdesk_officer', t);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY unit_all ON %I FOR ALL USING %s WITH CHECK %s', t, reads, reads);
    END LOOP;
END
$$;
