-- The like counts of a page of 20 results today.
\set first random(1, :results - 19)
SELECT id, like_count FROM innovation_results WHERE id BETWEEN :first AND :first + 19 ORDER BY id;
