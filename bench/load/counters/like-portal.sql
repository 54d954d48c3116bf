-- The portal's like, as ResultCounters.LIKE runs it: the browser's row in result_likes (a new
-- browser every time), then the counter on the result row; the results' statement trigger
-- (dashboard_results_changed) bumps the dashboard's 'likes' counter. One result drawn from
-- lo..hi: 1..results spreads the likes, lo = hi = 1 puts them all on one hot result.
\set id random(:lo, :hi)
WITH liked AS (
  INSERT INTO result_likes (result_id, browser_id)
  SELECT id, gen_random_uuid() FROM innovation_results WHERE id = :id AND published
  ON CONFLICT DO NOTHING
  RETURNING result_id)
UPDATE innovation_results SET like_count = like_count + 1
WHERE id IN (SELECT result_id FROM liked)
RETURNING like_count;
