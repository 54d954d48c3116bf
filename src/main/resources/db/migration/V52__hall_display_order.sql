-- The hall lists hotspots in display order across zones (display_order, area_id, id), alone or
-- of one media kind: indexes in that order let a page stop after its rows instead of sorting
-- every hotspot.
CREATE INDEX online_hotspots_display_idx ON online_hotspots (display_order, area_id, id);
DROP INDEX online_hotspots_kind_idx;
CREATE INDEX online_hotspots_kind_idx ON online_hotspots (media_kind, display_order, area_id, id);
