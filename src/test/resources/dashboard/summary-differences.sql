-- Every difference between the dashboard's trigger-maintained summaries and the same figures
-- recomputed from the base tables: no row means the summaries are exact. Used by the tests
-- and by bench/check-summaries.sh.
WITH contracts_per_result AS (
    SELECT result_id, count(*) AS contracts, sum(amount) AS amount, min(signed_on) AS first_signed_on
    FROM transformation_contracts GROUP BY result_id),
result_summary AS (
    SELECT result_id, contracts, amount, first_signed_on FROM result_contract_totals
    WHERE contracts <> 0 OR amount <> 0 OR first_signed_on IS NOT NULL),
group_truth AS (
    SELECT g.dimension, g.group_key, count(*) FILTER (WHERE r.published) AS results,
           count(*) FILTER (WHERE c.contracts > 0) AS signed_results,
           coalesce(sum(c.contracts), 0) AS contracts, coalesce(sum(c.amount), 0) AS amount
    FROM innovation_results r
    LEFT JOIN contracts_per_result c ON c.result_id = r.id
    CROSS JOIN LATERAL dashboard_groups(r.area_id, r.region, r.category, r.organization_id) g
    GROUP BY 1, 2
    HAVING count(*) FILTER (WHERE r.published) <> 0 OR count(c.result_id) <> 0),
group_summary AS (
    SELECT dimension, group_key, results, signed_results, contracts, amount FROM result_group_totals
    WHERE results <> 0 OR signed_results <> 0 OR contracts <> 0 OR amount <> 0),
counter_truth AS (
    SELECT 'results' AS counter, count(*) FILTER (WHERE published)::numeric AS value FROM innovation_results
    UNION ALL SELECT 'likes', (SELECT coalesce(sum(like_count), 0) FROM innovation_results)
                              + (SELECT coalesce(sum(likes), 0) FROM result_like_shards)
    UNION ALL SELECT 'result_visits', coalesce(sum(visit_count), 0) FROM innovation_results
    UNION ALL SELECT 'signed_results', count(*) FROM contracts_per_result
    UNION ALL SELECT 'contracts', count(*) FROM transformation_contracts
    UNION ALL SELECT 'contract_amount', coalesce(sum(amount), 0) FROM transformation_contracts
    UNION ALL SELECT 'hotspot_visits', coalesce(sum(visit_count), 0) FROM online_hotspots
    UNION ALL SELECT 'hotspots:' || media_kind, count(*) FROM online_hotspots GROUP BY media_kind),
counter_summary AS (
    SELECT counter, sum(value) AS value FROM dashboard_counters GROUP BY counter),
day_truth AS (
    SELECT d AS signed_on, sum(contracts) AS contracts, sum(amount) AS amount, sum(firsts) AS first_signings FROM (
        SELECT signed_on AS d, count(*) AS contracts, sum(amount) AS amount, 0 AS firsts FROM transformation_contracts GROUP BY 1
        UNION ALL SELECT first_signed_on, 0, 0, count(*) FROM contracts_per_result GROUP BY 1) x
    GROUP BY d),
day_summary AS (
    SELECT signed_on, contracts, amount, first_signings FROM contract_day_totals
    WHERE contracts <> 0 OR amount <> 0 OR first_signings <> 0),
day_group_truth AS (
    SELECT g.dimension, p.signed_on, g.group_key, sum(p.contracts) AS contracts, sum(p.amount) AS amount,
           sum(p.firsts) AS first_signings
    FROM (SELECT result_id, signed_on, count(*) AS contracts, sum(amount) AS amount, 0 AS firsts
          FROM transformation_contracts GROUP BY 1, 2
          UNION ALL SELECT result_id, first_signed_on, 0, 0, 1 FROM contracts_per_result) p
    JOIN innovation_results r ON r.id = p.result_id
    CROSS JOIN LATERAL dashboard_groups(r.area_id, r.region, r.category, r.organization_id) g
    GROUP BY 1, 2, 3),
day_group_summary AS (
    SELECT dimension, signed_on, group_key, contracts, amount, first_signings FROM contract_day_group_totals
    WHERE contracts <> 0 OR amount <> 0 OR first_signings <> 0),
month_group_truth AS (
    SELECT dimension, date_trunc('month', signed_on::timestamp)::date AS month, group_key, sum(contracts) AS contracts,
           sum(amount) AS amount, sum(first_signings) AS first_signings
    FROM day_group_truth GROUP BY 1, 2, 3
    HAVING sum(contracts) <> 0 OR sum(amount) <> 0 OR sum(first_signings) <> 0),
month_group_summary AS (
    SELECT dimension, month, group_key, contracts, amount, first_signings FROM contract_month_group_totals
    WHERE contracts <> 0 OR amount <> 0 OR first_signings <> 0)
SELECT 'group' AS summary, coalesce(t.dimension, s.dimension) || ':' || coalesce(t.group_key, s.group_key) AS item,
       concat_ws('/', t.results, t.signed_results, t.contracts, t.amount) AS expected,
       concat_ws('/', s.results, s.signed_results, s.contracts, s.amount) AS actual
FROM group_truth t FULL JOIN group_summary s USING (dimension, group_key)
WHERE (t.results, t.signed_results, t.contracts, t.amount) IS DISTINCT FROM (s.results, s.signed_results, s.contracts, s.amount)
UNION ALL
SELECT 'counter', coalesce(t.counter, s.counter), t.value::text, s.value::text
FROM counter_truth t FULL JOIN counter_summary s USING (counter)
WHERE coalesce(t.value, 0) <> coalesce(s.value, 0)
UNION ALL
SELECT 'day', coalesce(t.signed_on, s.signed_on)::text, concat_ws('/', t.contracts, t.amount, t.first_signings),
       concat_ws('/', s.contracts, s.amount, s.first_signings)
FROM day_truth t FULL JOIN day_summary s USING (signed_on)
WHERE (t.contracts, t.amount, t.first_signings) IS DISTINCT FROM (s.contracts, s.amount, s.first_signings)
UNION ALL
SELECT 'day-group', coalesce(t.dimension, s.dimension) || ':' || coalesce(t.signed_on, s.signed_on) || ':'
       || coalesce(t.group_key, s.group_key),
       concat_ws('/', t.contracts, t.amount, t.first_signings), concat_ws('/', s.contracts, s.amount, s.first_signings)
FROM day_group_truth t FULL JOIN day_group_summary s USING (dimension, signed_on, group_key)
WHERE (t.contracts, t.amount, t.first_signings) IS DISTINCT FROM (s.contracts, s.amount, s.first_signings)
UNION ALL
SELECT 'month-group', coalesce(t.dimension, s.dimension) || ':' || to_char(coalesce(t.month, s.month), 'YYYY-MM') || ':'
       || coalesce(t.group_key, s.group_key),
       concat_ws('/', t.contracts, t.amount, t.first_signings), concat_ws('/', s.contracts, s.amount, s.first_signings)
FROM month_group_truth t FULL JOIN month_group_summary s USING (dimension, month, group_key)
WHERE (t.contracts, t.amount, t.first_signings) IS DISTINCT FROM (s.contracts, s.amount, s.first_signings)
UNION ALL
SELECT 'result', coalesce(t.result_id, s.result_id)::text, concat_ws('/', t.contracts, t.amount, t.first_signed_on),
       concat_ws('/', s.contracts, s.amount, s.first_signed_on)
FROM contracts_per_result t FULL JOIN result_summary s USING (result_id)
WHERE (t.contracts, t.amount, t.first_signed_on) IS DISTINCT FROM (s.contracts, s.amount, s.first_signed_on)
ORDER BY 1, 2
