-- Awards by award: an index-only count of the published announcements.
CREATE INDEX award_announcements_award_published_idx ON award_announcements (award_id) WHERE published;
