-- The revision of a firm's feedback: raised by each share and withdrawal, so that a share based on
-- an older read (another assessor shared meanwhile) is refused instead of replacing it unseen.

ALTER TABLE invitation ADD COLUMN feedbackrevision BIGINT DEFAULT 0 NOT NULL;
