-- Index-only reads for the dashboard, the period report and the register's open dossiers at a million dossiers.
-- Each index holds every column those reads need, so the database answers from the index alone instead of
-- looking each row up in the table (measured: a quarter of 83,000 dossiers read about 3x faster).
-- They replace the two narrower indexes on the same leading column, so an import maintains as many indexes as before.
DROP INDEX ix_dossiers_received;
CREATE INDEX ix_dossiers_received_facts ON dossiers (received_at, procedure_id, channel, resolved_on, outcome,
    paid_online, inputs_digitised, electronic_result, result_digitised, reused_data, rating, complaint, apology_on,
    new_appointment_on);

DROP INDEX ix_dossiers_resolved;
CREATE INDEX ix_dossiers_open ON dossiers (resolved_on, received_at, procedure_id, channel, outcome, apology_on,
    new_appointment_on);
