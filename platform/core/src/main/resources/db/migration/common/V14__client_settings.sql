-- How the client admin set each criterion up (its plugin's configuration options, such as how much
-- industry experience matters), kept beside the client's profile for that criterion and passed to
-- the scorer. Empty until first saved.

ALTER TABLE client_profile ADD COLUMN settings TEXT;
