-- The database's own limit for the like counter: one single-row increment per transaction.
\set id random(1, :results)
UPDATE innovation_results SET like_count = like_count + 1 WHERE id = :id;
