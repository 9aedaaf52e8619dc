-- The audit trail cannot be rewritten by the application.
DO $$
BEGIN
    IF '${app_role}' <> current_user THEN
        EXECUTE 'REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM "${app_role}"';
        EXECUTE 'GRANT SELECT, INSERT ON audit_event TO "${app_role}"';
    END IF;
END
$$;
