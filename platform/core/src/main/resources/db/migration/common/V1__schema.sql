-- PartnerFit schema, version 1. Runs on PostgreSQL and on H2 (the zero-setup default).
-- Tables of tenant-owned entities carry tenant_id; global tables (tenant, plugin_*, partner_grant) do not.

CREATE SEQUENCE pf_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE tenant (
    alias      VARCHAR(64)  NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    createdat  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE plugin_artifact (
    id              BIGINT       NOT NULL PRIMARY KEY,
    version         BIGINT,
    plugin_id       VARCHAR(64)  NOT NULL,
    plugin_version  VARCHAR(64)  NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    filename        VARCHAR(255) NOT NULL,
    content         BYTEA        NOT NULL,
    installedat     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT plugin_artifact_coordinates UNIQUE (plugin_id, plugin_version)
);

CREATE TABLE plugin_use (
    id              BIGINT      NOT NULL PRIMARY KEY,
    version         BIGINT,
    plugin_id       VARCHAR(64) NOT NULL,
    plugin_version  VARCHAR(64) NOT NULL,
    tenantid        VARCHAR(64) NOT NULL,
    assessmentid    BIGINT      NOT NULL
);
CREATE INDEX plugin_use_coordinates ON plugin_use (plugin_id, plugin_version);

CREATE TABLE partner_grant (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT,
    contactemail  VARCHAR(320) NOT NULL,
    tenantid      VARCHAR(64)  NOT NULL,
    invitationid  BIGINT       NOT NULL
);
CREATE INDEX partner_grant_contact ON partner_grant (contactemail, invitationid);

CREATE TABLE tenant_criterion (
    id             BIGINT      NOT NULL PRIMARY KEY,
    version        BIGINT,
    tenant_id      VARCHAR(64) NOT NULL,
    plugin_id      VARCHAR(64) NOT NULL,
    enabled        BOOLEAN     NOT NULL,
    defaultweight  INTEGER     NOT NULL,
    CONSTRAINT tenant_criterion_once UNIQUE (tenant_id, plugin_id)
);

CREATE TABLE client_profile (
    id         BIGINT      NOT NULL PRIMARY KEY,
    version    BIGINT,
    tenant_id  VARCHAR(64) NOT NULL,
    plugin_id  VARCHAR(64) NOT NULL,
    answers    TEXT        NOT NULL,
    updatedat  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT client_profile_once UNIQUE (tenant_id, plugin_id)
);

CREATE TABLE assessment (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT,
    tenant_id    VARCHAR(64)   NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(4000),
    status       VARCHAR(20)   NOT NULL,
    duedate      DATE,
    createdat    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX assessment_tenant ON assessment (tenant_id, createdat);

CREATE TABLE assessment_criterion (
    id                     BIGINT      NOT NULL PRIMARY KEY,
    version                BIGINT,
    tenant_id              VARCHAR(64) NOT NULL,
    assessment_id          BIGINT      NOT NULL REFERENCES assessment (id),
    plugin_id              VARCHAR(64) NOT NULL,
    plugin_version         VARCHAR(64) NOT NULL,
    weight                 INTEGER     NOT NULL,
    questionnairesnapshot  TEXT
);
CREATE INDEX assessment_criterion_assessment ON assessment_criterion (assessment_id);

CREATE TABLE invitation (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT,
    tenant_id      VARCHAR(64)  NOT NULL,
    assessment_id  BIGINT       NOT NULL REFERENCES assessment (id),
    firmname       VARCHAR(200) NOT NULL,
    contactemail   VARCHAR(320) NOT NULL,
    invitedat      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX invitation_assessment ON invitation (assessment_id);

CREATE TABLE submission (
    id             BIGINT      NOT NULL PRIMARY KEY,
    version        BIGINT,
    tenant_id      VARCHAR(64) NOT NULL,
    invitation_id  BIGINT      NOT NULL REFERENCES invitation (id),
    criterion_id   BIGINT      NOT NULL REFERENCES assessment_criterion (id),
    answers        TEXT        NOT NULL,
    status         VARCHAR(20) NOT NULL,
    updatedat      TIMESTAMP WITH TIME ZONE NOT NULL,
    submittedat    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT submission_once UNIQUE (invitation_id, criterion_id)
);

CREATE TABLE criterion_score (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT,
    tenant_id      VARCHAR(64)   NOT NULL,
    submission_id  BIGINT        NOT NULL REFERENCES submission (id),
    plugin         VARCHAR(140)  NOT NULL,
    inputshash     VARCHAR(64)   NOT NULL,
    scorevalue     DOUBLE PRECISION,
    confidence     DOUBLE PRECISION,
    rationaleen    TEXT,
    rationalezh    TEXT,
    redflagsen     TEXT,
    redflagszh     TEXT,
    failed         BOOLEAN       NOT NULL,
    failurereason  VARCHAR(2000),
    scoredat       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX criterion_score_submission ON criterion_score (submission_id, scoredat);
