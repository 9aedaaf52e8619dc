-- The second wall around tenant data (the first is EclipseLink's tenant criterion): PostgreSQL
-- shows and accepts only rows whose tenant_id is the transaction's partnerfit.tenant setting,
-- which the application sets with set_config(..., true) at the start of every tenant transaction.
-- FORCE applies the policies to the tables' owner too; only a superuser (never the application)
-- passes them.

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['tenant_criterion', 'client_profile', 'assessment', 'assessment_criterion',
                             'invitation', 'submission', 'criterion_score']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_wall ON %I USING (tenant_id = current_setting(''partnerfit.tenant'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''partnerfit.tenant'', true))', t);
    END LOOP;
END
$$;

-- The application's role reads and writes rows; it owns nothing and cannot change the schema.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${app_role}";
GRANT USAGE, SELECT ON SEQUENCE pf_seq TO "${app_role}";
DO $$
BEGIN
    IF '${app_role}' <> current_user THEN
        EXECUTE 'REVOKE ALL ON flyway_schema_history FROM "${app_role}"';
    END IF;
END
$$;
