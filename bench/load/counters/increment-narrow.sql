-- The floor: a plain single-row increment of a narrow row with no other index and no trigger.
\set id random(:lo, :hi)
UPDATE counter_baseline SET value = value + 1 WHERE id = :id;
