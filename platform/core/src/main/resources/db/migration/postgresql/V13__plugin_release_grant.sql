-- A release is a fact once recorded: the application adds and reads rows, never changes them.
GRANT SELECT, INSERT ON plugin_release TO "${app_role}";
