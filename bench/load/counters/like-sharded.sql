-- The proposed like: the browser's row in result_likes as today, then one of the result's
-- :shards counter rows, chosen by a hash of the browser id, instead of the result row; then
-- the count shown to the browser (like_count plus the shards), as the portal returns it.
\set id random(:lo, :hi)
WITH liked AS (
  INSERT INTO result_likes (result_id, browser_id)
  SELECT id, gen_random_uuid() FROM innovation_results WHERE id = :id AND published
  ON CONFLICT DO NOTHING
  RETURNING result_id, browser_id)
UPDATE result_like_shards s SET likes = s.likes + 1
FROM liked
WHERE s.result_id = liked.result_id
  AND s.shard = ((hashtextextended(liked.browser_id::text, 0) % :shards) + :shards) % :shards;
SELECT r.like_count + coalesce((SELECT sum(s.likes) FROM result_like_shards s WHERE s.result_id = r.id), 0)
FROM innovation_results r WHERE r.id = :id;
