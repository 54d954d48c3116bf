-- The portal's like since V90, as ResultCounters.LIKE runs it: the browser's row in
-- result_likes, 1 added to one of the result's sixteen shard rows (chosen by a hash of the
-- browser id) in the same statement, and the count the browser is shown (like_count plus the
-- shards, plus this like). Identical to the portal's statement except that the browser id the
-- portal binds is drawn here by gen_random_uuid() (pgbench has no uuid variables): every
-- execution is a new browser.
\set id random(:lo, :hi)
WITH liked AS (
  INSERT INTO result_likes (result_id, browser_id)
  SELECT id, gen_random_uuid() FROM innovation_results WHERE id = :id AND published
  ON CONFLICT DO NOTHING
  RETURNING result_id, browser_id),
counted AS (
  INSERT INTO result_like_shards AS s (result_id, shard, likes)
  SELECT result_id, (hashtextextended(browser_id::text, 0) & 15)::smallint, 1 FROM liked
  ON CONFLICT (result_id, shard) DO UPDATE SET likes = s.likes + 1
  RETURNING result_id)
SELECT (r.like_count + coalesce((SELECT sum(s.likes) FROM result_like_shards s WHERE s.result_id = r.id), 0))::bigint + (SELECT count(*) FROM counted) AS likes,
       EXISTS (SELECT 1 FROM counted) AS counted
FROM innovation_results r WHERE r.id = :id AND r.published;
