-- Which transactions changed what the public pages show. Every portal node keeps rendered
-- public pages in memory and polls this table: a new row (one per changing transaction,
-- visible once it commits) clears the node's pages. Counter updates (likes, visits, views)
-- name only counter columns and leave no row: those pages may lag by the cache's lifetime.

CREATE TABLE site_changes (
    txid        BIGINT PRIMARY KEY,
    changed_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE FUNCTION site_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO site_changes (txid) VALUES (txid_current()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    whole_table TEXT;
BEGIN
    FOREACH whole_table IN ARRAY ARRAY['organizations', 'exhibition_areas', 'transformation_contracts', 'awards',
            'award_announcements', 'conference', 'vocabulary_labels'] LOOP
        EXECUTE format('CREATE TRIGGER site_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
            ' FOR EACH STATEMENT EXECUTE FUNCTION site_changed()', whole_table);
    END LOOP;
END
$$;

-- Tables with counters: a change of anything but the counters.
CREATE TRIGGER site_changed AFTER INSERT OR DELETE OR TRUNCATE ON innovation_results
    FOR EACH STATEMENT EXECUTE FUNCTION site_changed();
CREATE TRIGGER site_changed_content AFTER UPDATE OF code, title, title_en, summary, summary_en, category, region,
    innovators, innovators_en, organization_id, area_id, published, featured, image_ref ON innovation_results
    FOR EACH STATEMENT EXECUTE FUNCTION site_changed();

CREATE TRIGGER site_changed AFTER INSERT OR DELETE OR TRUNCATE ON online_hotspots
    FOR EACH STATEMENT EXECUTE FUNCTION site_changed();
CREATE TRIGGER site_changed_content AFTER UPDATE OF area_id, result_id, title, title_en, media_kind, media_ref,
    poster_ref, description, description_en, display_order ON online_hotspots
    FOR EACH STATEMENT EXECUTE FUNCTION site_changed();

CREATE TRIGGER site_changed AFTER INSERT OR DELETE OR TRUNCATE ON live_broadcasts
    FOR EACH STATEMENT EXECUTE FUNCTION site_changed();
CREATE TRIGGER site_changed_content AFTER UPDATE OF title, title_en, description, description_en, host, host_en,
    area_id, starts_at, ends_at, stream_url, replay_url ON live_broadcasts
    FOR EACH STATEMENT EXECUTE FUNCTION site_changed();
