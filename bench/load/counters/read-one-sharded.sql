-- One result's like count with shards: like_count plus the sum of its shard rows.
\set id random(1, :results)
SELECT r.like_count + coalesce((SELECT sum(s.likes) FROM result_like_shards s WHERE s.result_id = r.id), 0)
FROM innovation_results r WHERE r.id = :id;
