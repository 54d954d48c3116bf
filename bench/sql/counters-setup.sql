-- The like-counter benchmark's additions to the portal's schema (bench/counters.sh):
--   counter_baseline     a narrow table of plain counters without index or trigger besides its
--                        primary key: the floor of a single-row increment
--   result_like_shards   (the portal's table since V90) may hold up to :shards rows per result
-- The shards' statement triggers (V90) keep the dashboard's 'likes' counter exact: a like adds
-- 1, a fold subtracts what it moves (and the results' own trigger adds it back).
-- Variables: results (rows of counter_baseline), shards.
CREATE TABLE counter_baseline (
    id    INTEGER PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO counter_baseline SELECT g, 0 FROM generate_series(1, :results) g;

-- result_like_shards and its dashboard triggers are the portal's own since V90 (16 shards, the
-- shard CHECKed to 0..15); the benchmark also measures 64 shards, so it lifts that CHECK.
ALTER TABLE result_like_shards DROP CONSTRAINT result_like_shards_shard_check;
