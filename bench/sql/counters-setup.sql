-- The like-counter benchmark's additions to the portal's schema (bench/counters.sh):
--   counter_baseline     a narrow table of plain counters without index or trigger besides its
--                        primary key: the floor of a single-row increment
--   result_like_shards   the proposed sharded like counter: :shards rows per result, each like
--                        increments one of them; a result's likes are its like_count plus the
--                        sum of its shards, until a fold moves the shards into like_count
-- A statement trigger keeps the dashboard's 'likes' counter exact through the shards: a like
-- adds 1, a fold subtracts what it moves (and the results' own trigger adds it back).
-- Variables: results (rows of counter_baseline), shards.
CREATE TABLE counter_baseline (
    id    INTEGER PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO counter_baseline SELECT g, 0 FROM generate_series(1, :results) g;

CREATE TABLE result_like_shards (
    result_id BIGINT NOT NULL REFERENCES innovation_results (id) ON DELETE CASCADE,
    shard     SMALLINT NOT NULL,
    likes     BIGINT NOT NULL DEFAULT 0 CHECK (likes >= 0),
    PRIMARY KEY (result_id, shard)
);

CREATE FUNCTION like_shards_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dashboard_bump(ARRAY['likes'],
        ARRAY[(SELECT coalesce(sum(likes), 0) FROM new_rows) - (SELECT coalesce(sum(likes), 0) FROM old_rows)]);
    RETURN NULL;
END;
$$;
CREATE TRIGGER like_shards_updated AFTER UPDATE ON result_like_shards
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION like_shards_changed();
