-- Gives every result :shards shard rows holding likes not yet folded (the reads' worst case:
-- no fold has run). Folds what the shards hold first, so no like is lost; the shards' insert
-- trigger (V90) adds the new shards' likes to the dashboard's counter, so that the counters
-- keep adding up.
-- Variables: shards.
\ir ../load/counters/fold-shards.sql
TRUNCATE result_like_shards;
INSERT INTO result_like_shards (result_id, shard, likes)
SELECT r.id, s, (r.id * 7 + s * 13) % 50 FROM innovation_results r CROSS JOIN generate_series(0, :shards - 1) s
ORDER BY r.id, s;
