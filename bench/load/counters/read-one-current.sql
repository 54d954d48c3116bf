-- One result's like count today: a column of its row.
\set id random(1, :results)
SELECT like_count FROM innovation_results WHERE id = :id;
