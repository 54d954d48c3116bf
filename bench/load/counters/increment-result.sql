-- A plain single-row increment of the result's counter (fires the results' dashboard trigger
-- like the portal's like, but writes no result_likes row).
\set id random(:lo, :hi)
UPDATE innovation_results SET like_count = like_count + 1 WHERE id = :id;
