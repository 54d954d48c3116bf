-- Likes already given before the measurement, spread over the results, so that the likes'
-- primary-key index is not empty. Foreign-key checks are skipped (session_replication_role);
-- every row names an existing result. Variables: likes, results.
SET session_replication_role = replica;
INSERT INTO result_likes (result_id, browser_id, created_at)
SELECT 1 + (g % :results), gen_random_uuid(), now() - (g % 259200) * interval '1 second'
FROM generate_series(1, :likes) g;
SET session_replication_role = DEFAULT;
