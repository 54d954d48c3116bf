-- Likes of a result land on one of sixteen counter rows instead of the result's own row, so
-- that many browsers liking one result at once do not queue on one row lock. A result's
-- likes are its like_count plus the sum of its shards; a periodic fold (LikeFold) moves what
-- the shards hold into like_count. Rows are created by the first like that lands on them.
CREATE TABLE result_like_shards (
    result_id BIGINT NOT NULL REFERENCES innovation_results (id) ON DELETE CASCADE,
    shard     SMALLINT NOT NULL CHECK (shard BETWEEN 0 AND 15),
    likes     BIGINT NOT NULL DEFAULT 0 CHECK (likes >= 0),
    PRIMARY KEY (result_id, shard)
);

-- The dashboard's like total counts the shards too: a like adds 1 through the shards'
-- triggers; the fold takes what it moves off the shards and adds it to like_count in one
-- statement, so the shards' trigger and the results' trigger cancel out. The current
-- definition of the functions is in R__dashboard_summary_functions.sql.
CREATE FUNCTION dashboard_like_shards_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM dashboard_bump(ARRAY['likes'], ARRAY[(SELECT coalesce(sum(likes), 0) FROM new_rows)::numeric]);
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM dashboard_bump(ARRAY['likes'],
            ARRAY[((SELECT coalesce(sum(likes), 0) FROM new_rows) - (SELECT coalesce(sum(likes), 0) FROM old_rows))::numeric]);
    ELSE
        PERFORM dashboard_bump(ARRAY['likes'], ARRAY[(-(SELECT coalesce(sum(likes), 0) FROM old_rows))::numeric]);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER dashboard_like_shards_inserted AFTER INSERT ON result_like_shards
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_like_shards_changed();
CREATE TRIGGER dashboard_like_shards_updated AFTER UPDATE ON result_like_shards
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_like_shards_changed();
CREATE TRIGGER dashboard_like_shards_deleted AFTER DELETE ON result_like_shards
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_like_shards_changed();
CREATE TRIGGER dashboard_like_shards_truncated AFTER TRUNCATE ON result_like_shards
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rebuild_after_truncate();
