-- The like counts of a page of 20 results with shards: one grouped sum over their shards.
\set first random(1, :results - 19)
SELECT r.id, r.like_count + coalesce(s.likes, 0)
FROM innovation_results r
LEFT JOIN (SELECT result_id, sum(likes) AS likes FROM result_like_shards
           WHERE result_id BETWEEN :first AND :first + 19 GROUP BY result_id) s ON s.result_id = r.id
WHERE r.id BETWEEN :first AND :first + 19 ORDER BY r.id;
