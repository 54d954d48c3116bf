-- Transformation contracts :first to :last. Variables: results, organizations, days.
-- 73% of the results get contracts (as at the first conference), some many more than
-- others; 30% of the contracts are signed on the three conference days, the rest over
-- :days days from the opening.
INSERT INTO transformation_contracts (contract_no, result_id, transferee_id, amount, signed_on, kind)
SELECT 'BC-' || lpad(g::text, 9, '0'),
       100 * (k / 73) + k % 73 + 1,
       bench.pick(g, 71, :organizations),
       (1000 * (10 + floor(power(bench.unit(g, 72), 3) * 4990)))::numeric(14, 2),
       DATE '2022-04-27' + CASE WHEN bench.unit(g, 73) < 0.3 THEN (g % 3)::integer
                                ELSE floor(bench.unit(g, 74) * :days)::integer END,
       (ARRAY['TRANSFER', 'TRANSFER', 'LICENCE', 'JOINT_DEVELOPMENT', 'EQUITY', 'TECH_SERVICE'])[bench.pick(g, 75, 6)]
FROM (SELECT g, floor(power(bench.unit(g, 70), 1.3) * ((:results / 100) * 73))::bigint AS k
      FROM generate_series(:first, :last) g) c
ORDER BY g;
