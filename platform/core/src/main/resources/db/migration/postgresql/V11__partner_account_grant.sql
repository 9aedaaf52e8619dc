-- Outside the tenant wall, like partner_grant (V2): the application reads, adds and re-issues rows.
GRANT SELECT, INSERT, UPDATE ON partner_account TO "${app_role}";
