-- The dashboard's period filter reads the contracts signed in the period from this index
-- alone (no heap visit for the amount or the result).
CREATE INDEX transformation_contracts_period_idx ON transformation_contracts (signed_on) INCLUDE (result_id, amount);

-- Awards by award: an index-only count of the published announcements.
CREATE INDEX award_announcements_award_published_idx ON award_announcements (award_id) WHERE published;
