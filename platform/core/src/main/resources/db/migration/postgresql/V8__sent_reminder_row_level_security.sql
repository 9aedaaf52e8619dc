-- The second wall (see V2) around the table V7 added.
ALTER TABLE sent_reminder ENABLE ROW LEVEL SECURITY;
ALTER TABLE sent_reminder FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_wall ON sent_reminder USING (tenant_id = current_setting('partnerfit.tenant', true))
    WITH CHECK (tenant_id = current_setting('partnerfit.tenant', true));

-- A record of what was sent is only ever added and read.
GRANT SELECT, INSERT ON sent_reminder TO "${app_role}";
