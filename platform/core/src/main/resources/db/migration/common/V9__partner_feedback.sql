-- Feedback a client writes for one partner firm and chooses to share with it (optionally with
-- the firm's own criterion scores). Not shared while feedbacksharedat is empty.

ALTER TABLE invitation ADD COLUMN feedback VARCHAR(4000);
ALTER TABLE invitation ADD COLUMN feedbackwithscores BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE invitation ADD COLUMN feedbacksharedby VARCHAR(320);
ALTER TABLE invitation ADD COLUMN feedbacksharedat TIMESTAMP WITH TIME ZONE;
