-- Assessment workflow: overrides and returns on submissions, recommendations on invitations,
-- evidence files kept in the database (every node of a cluster serves the same bytes) and
-- clarification threads between assessors and partner contacts.

ALTER TABLE submission ADD COLUMN returnedat TIMESTAMP WITH TIME ZONE;
ALTER TABLE submission ADD COLUMN overridevalue DOUBLE PRECISION;
ALTER TABLE submission ADD COLUMN overridejustification VARCHAR(2000);
ALTER TABLE submission ADD COLUMN overriddenby VARCHAR(320);
ALTER TABLE submission ADD COLUMN overriddenat TIMESTAMP WITH TIME ZONE;
CREATE INDEX submission_invitation ON submission (invitation_id);

ALTER TABLE invitation ADD COLUMN recommendation VARCHAR(20);
ALTER TABLE invitation ADD COLUMN recommendationnote VARCHAR(2000);
ALTER TABLE invitation ADD COLUMN recommendedby VARCHAR(320);
ALTER TABLE invitation ADD COLUMN recommendedat TIMESTAMP WITH TIME ZONE;

ALTER TABLE assessment ADD COLUMN statuschangedat TIMESTAMP WITH TIME ZONE;
ALTER TABLE assessment ADD COLUMN clonedfrom BIGINT;

CREATE TABLE evidence_file (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT,
    tenant_id      VARCHAR(64)   NOT NULL,
    submission_id  BIGINT        NOT NULL REFERENCES submission (id),
    questionkey    VARCHAR(64)   NOT NULL,
    filename       VARCHAR(255)  NOT NULL,
    contenttype    VARCHAR(100)  NOT NULL,
    bytecount      BIGINT        NOT NULL,
    sha256         VARCHAR(64)   NOT NULL,
    content        BYTEA         NOT NULL,
    uploadedby     VARCHAR(320)  NOT NULL,
    uploadedat     TIMESTAMP WITH TIME ZONE NOT NULL,
    verified       BOOLEAN       NOT NULL,
    verifiedby     VARCHAR(320),
    verifiedat     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX evidence_file_submission ON evidence_file (submission_id);

CREATE TABLE clarification (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT,
    tenant_id      VARCHAR(64)   NOT NULL,
    invitation_id  BIGINT        NOT NULL REFERENCES invitation (id),
    plugin_id      VARCHAR(64)   NOT NULL,
    author         VARCHAR(320)  NOT NULL,
    fromassessor   BOOLEAN       NOT NULL,
    body           VARCHAR(4000) NOT NULL,
    sentat         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX clarification_invitation ON clarification (invitation_id, sentat);
