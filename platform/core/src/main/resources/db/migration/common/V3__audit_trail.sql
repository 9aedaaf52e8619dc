-- Who did what and when. Append-only: on PostgreSQL the application's role may only insert and
-- read (V4); nothing in the application updates or deletes an event.
CREATE TABLE audit_event (
    id        BIGINT        NOT NULL PRIMARY KEY,
    version   BIGINT,
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    actor     VARCHAR(320)  NOT NULL,
    tenantid  VARCHAR(64),
    action    VARCHAR(40)   NOT NULL,
    subject   VARCHAR(400)  NOT NULL,
    detail    VARCHAR(2000)
);
CREATE INDEX audit_event_tenant_time ON audit_event (tenantid, at);
CREATE INDEX audit_event_time ON audit_event (at);
