-- Due-date reminders already mailed, one row per invitation and number of days before the due
-- date: the daily job skips what is recorded here, and the unique constraint lets only one of
-- several nodes running the job at the same moment record (and so send) a reminder.

CREATE TABLE sent_reminder (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT,
    tenant_id      VARCHAR(64)  NOT NULL,
    invitation_id  BIGINT       NOT NULL REFERENCES invitation (id),
    daysbefore     INTEGER      NOT NULL,
    duedate        DATE         NOT NULL,
    sentat         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sent_reminder_once UNIQUE (invitation_id, daysbefore)
);
