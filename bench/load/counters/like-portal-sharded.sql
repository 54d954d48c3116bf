-- The portal's like as LikeWriter writes it, for a group of one like (the worst case: under
-- load the writer puts every like that arrived during the previous commit into one
-- statement): the browser's row in result_likes, 1 added to one of the result's sixteen shard
-- rows (chosen by a hash of the browser id), and the count the browser is shown (like_count
-- plus the shards, plus this like). Identical to the portal's statement except that the
-- arrays the portal binds are built here from one id and gen_random_uuid() (pgbench has no
-- uuid variables): every execution is a new browser.
\set id random(:lo, :hi)
WITH wanted AS (
  SELECT w.result_id, w.browser_id, w.n,
         row_number() OVER (PARTITION BY w.result_id, w.browser_id ORDER BY w.n) = 1 AS is_first
  FROM unnest(ARRAY[:id]::bigint[], ARRAY[gen_random_uuid()]) WITH ORDINALITY AS w(result_id, browser_id, n)),
liked AS (
  INSERT INTO result_likes (result_id, browser_id)
  SELECT w.result_id, w.browser_id FROM wanted w
  JOIN innovation_results r ON r.id = w.result_id AND r.published
  WHERE w.is_first ORDER BY w.result_id, w.browser_id
  ON CONFLICT DO NOTHING
  RETURNING result_id, browser_id),
counted AS (
  INSERT INTO result_like_shards AS s (result_id, shard, likes)
  SELECT result_id, (hashtextextended(browser_id::text, 0) & 15)::smallint, count(*) FROM liked
  GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (result_id, shard) DO UPDATE SET likes = s.likes + excluded.likes
  RETURNING result_id, likes)
SELECT w.n, r.id IS NOT NULL AS found,
       (r.like_count + coalesce((SELECT sum(s.likes) FROM result_like_shards s WHERE s.result_id = r.id), 0))::bigint
         + (SELECT count(*) FROM liked l WHERE l.result_id = w.result_id) AS likes,
       w.is_first AND EXISTS (SELECT 1 FROM liked l
                              WHERE l.result_id = w.result_id AND l.browser_id = w.browser_id) AS counted
FROM wanted w
LEFT JOIN innovation_results r ON r.id = w.result_id AND r.published
ORDER BY w.n;
