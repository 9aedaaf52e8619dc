-- Why a scorer failed, in Simplified Chinese beside the English (failurereason), as rationales
-- are kept: the portal shows the reader's language. NULL for failures recorded before; those
-- read in English.

ALTER TABLE criterion_score ADD COLUMN failurereasonzh VARCHAR(2000);
