-- The second wall (see V2) around the tables V5 added.
DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['evidence_file', 'clarification']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_wall ON %I USING (tenant_id = current_setting(''partnerfit.tenant'', true)) '
                       'WITH CHECK (tenant_id = current_setting(''partnerfit.tenant'', true))', t);
    END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON evidence_file, clarification TO "${app_role}";
