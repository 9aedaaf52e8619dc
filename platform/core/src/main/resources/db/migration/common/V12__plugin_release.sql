-- The content each plugin id@version was installed with, kept after it is uninstalled
-- (PluginRelease): a version comes back only with the same bytes, as nodes keep what they loaded.

CREATE TABLE plugin_release (
    coordinates VARCHAR(129) NOT NULL PRIMARY KEY,
    sha256      VARCHAR(64)  NOT NULL
);
INSERT INTO plugin_release (coordinates, sha256)
    SELECT plugin_id || '@' || plugin_version, sha256 FROM plugin_artifact;
