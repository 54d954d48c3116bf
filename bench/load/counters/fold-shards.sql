-- The periodic fold: moves what the shards hold into the results' like_count, in one
-- statement. It subtracts exactly the amount it read, so likes that land on a shard while it
-- runs are kept for the next fold. The shards' trigger subtracts the moved likes from the
-- dashboard's counter and the results' trigger adds them back: the total never jumps.
WITH pending AS (
  SELECT result_id, shard, likes FROM result_like_shards WHERE likes > 0),
moved AS (
  UPDATE result_like_shards s SET likes = s.likes - p.likes
  FROM pending p WHERE s.result_id = p.result_id AND s.shard = p.shard
  RETURNING s.result_id, p.likes),
per_result AS (
  SELECT result_id, sum(likes) AS likes FROM moved GROUP BY result_id)
UPDATE innovation_results r SET like_count = r.like_count + m.likes
FROM per_result m WHERE r.id = m.result_id;
