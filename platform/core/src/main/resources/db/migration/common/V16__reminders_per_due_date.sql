-- A reminder is sent once per invitation, number of days before and due date: when the due date
-- is moved, the reminders before the new date are owed again (before, the ones already sent for
-- the old date were never sent for the new one).

ALTER TABLE sent_reminder DROP CONSTRAINT sent_reminder_once;
ALTER TABLE sent_reminder ADD CONSTRAINT sent_reminder_once UNIQUE (invitation_id, daysbefore, duedate);
