-- The portal's fold (LikeFold.fold) as one psql transaction: the advisory lock that makes one
-- node fold at a time (skipped here when taken: \if), the results whose shards hold likes
-- locked in id order, their shards locked in key order (as a group of likes locks them), then
-- the one statement that moves exactly what it read from their
-- shards into like_count.
BEGIN;
SELECT pg_try_advisory_xact_lock(hashtextextended('result-like-fold', 0)) AS locked \gset
\if :locked
SELECT coalesce(array_agg(id ORDER BY id), '{}') AS results FROM (
  SELECT id FROM innovation_results
  WHERE id IN (SELECT result_id FROM result_like_shards WHERE likes > 0)
  ORDER BY id
  FOR NO KEY UPDATE) l \gset
SELECT 1 FROM result_like_shards WHERE result_id = ANY (:'results'::bigint[])
ORDER BY result_id, shard FOR NO KEY UPDATE \g /dev/null
WITH pending AS (
  SELECT result_id, shard, likes FROM result_like_shards
  WHERE likes > 0 AND result_id = ANY (:'results'::bigint[])),
moved AS (
  UPDATE result_like_shards s SET likes = s.likes - p.likes
  FROM pending p WHERE s.result_id = p.result_id AND s.shard = p.shard
  RETURNING s.result_id, p.likes),
per_result AS (
  SELECT result_id, sum(likes) AS likes FROM moved GROUP BY result_id),
folded AS (
  UPDATE innovation_results r SET like_count = r.like_count + m.likes
  FROM per_result m WHERE r.id = m.result_id
  RETURNING m.likes)
SELECT coalesce(sum(likes), 0)::bigint AS moved FROM folded;
\endif
COMMIT;
