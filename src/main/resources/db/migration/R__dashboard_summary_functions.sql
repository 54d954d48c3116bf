-- The current definition of the functions behind the dashboard's summary tables: the
-- statement-level triggers that keep the totals in step with contracts, results and hotspots
-- (created in V30 and V90, with their triggers), and the rebuild after a TRUNCATE. The
-- versioned migrations V30, V53 and V90 are their history; a change to any of them is made here, and Flyway
-- runs this file again after the versioned migrations whenever it changes.

-- Adds deltas to this connection's shard of each counter. Concurrent writers on other
-- connections update other rows, so counters never serialize likes.
CREATE OR REPLACE FUNCTION dashboard_bump(names TEXT[], deltas NUMERIC[]) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO dashboard_counters AS t (counter, shard, value)
    SELECT d.counter, (pg_backend_pid() % 16)::smallint, d.delta
    FROM unnest(names, deltas) AS d (counter, delta)
    WHERE d.delta <> 0
    ORDER BY d.counter
    ON CONFLICT (counter, shard) DO UPDATE SET value = t.value + excluded.value;
END;
$$;

-- Rows of a statement's transition tables with a sign: +1 for new rows, -1 for old rows.
CREATE OR REPLACE FUNCTION dashboard_signed_rows(op TEXT, columns TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE op
        WHEN 'INSERT' THEN format('SELECT 1 AS sign, %s FROM new_rows', columns)
        WHEN 'DELETE' THEN format('SELECT -1 AS sign, %s FROM old_rows', columns)
        ELSE format('SELECT 1 AS sign, %1$s FROM new_rows UNION ALL SELECT -1, %1$s FROM old_rows', columns)
    END;
$$;

-- The four groupings of a result, as (dimension, group_key) rows for a LATERAL join.
CREATE OR REPLACE FUNCTION dashboard_groups(area_id BIGINT, region TEXT, category TEXT, organization_id BIGINT)
    RETURNS TABLE (dimension TEXT, group_key TEXT)
    LANGUAGE sql IMMUTABLE AS $$
    VALUES ('area', area_id::text), ('region', region), ('category', category), ('organization', organization_id::text);
$$;

-- The statements that add a trigger's per-day-and-group deltas (a CTE named delta: dimension,
-- signed_on, group_key, contracts, amount, first_signings) to the day totals and, summed per
-- month, to the month totals. Rows are locked in key order, the days' before the months'.
CREATE OR REPLACE FUNCTION dashboard_day_and_month_upserts() RETURNS TEXT
    LANGUAGE sql IMMUTABLE AS $f$
    SELECT $q$
        , days AS (
            INSERT INTO contract_day_group_totals AS t (dimension, signed_on, group_key, contracts, amount, first_signings)
            SELECT dimension, signed_on, group_key, contracts, amount, first_signings FROM delta
            ORDER BY 1, 2, 3
            ON CONFLICT (dimension, signed_on, group_key) DO UPDATE
                SET contracts = t.contracts + excluded.contracts, amount = t.amount + excluded.amount,
                    first_signings = t.first_signings + excluded.first_signings
            RETURNING 1)
        INSERT INTO contract_month_group_totals AS t (dimension, month, group_key, contracts, amount, first_signings)
        SELECT dimension, date_trunc('month', signed_on::timestamp)::date, group_key,
               sum(contracts), sum(amount), sum(first_signings)
        FROM delta
        WHERE (SELECT count(*) FROM days) >= 0
        GROUP BY 1, 2, 3
        HAVING sum(contracts) <> 0 OR sum(amount) <> 0 OR sum(first_signings) <> 0
        ORDER BY 1, 2, 3
        ON CONFLICT (dimension, month, group_key) DO UPDATE
            SET contracts = t.contracts + excluded.contracts, amount = t.amount + excluded.amount,
                first_signings = t.first_signings + excluded.first_signings
        $q$;
$f$;

CREATE OR REPLACE FUNCTION dashboard_contracts_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    source     TEXT := dashboard_signed_rows(TG_OP, 'result_id, signed_on, amount');
    ids        BIGINT[];
    old_firsts DATE[];
    new_firsts DATE[];
    counts     NUMERIC[];
    -- The statement's contracts, then each changed first signing as -1 on the old day and +1
    -- on the new one ($1 result ids, $2 old first days, $3 new first days).
    changes    TEXT := format($q$
        SELECT sign, result_id, signed_on, 1 AS contracts, amount, 0 AS firsts, 0 AS signed FROM (%s) c
        UNION ALL SELECT -1, f.id, f.old_first, 0, 0, 1, 1 FROM unnest($1, $2) AS f (id, old_first) WHERE f.old_first IS NOT NULL
        UNION ALL SELECT 1, f.id, f.new_first, 0, 0, 1, 1 FROM unnest($1, $3) AS f (id, new_first) WHERE f.new_first IS NOT NULL
        $q$, source);
BEGIN
    -- 1. Contracts per result. The row lock taken here orders this statement with a concurrent
    --    move of the same result to another group (dashboard_results_changed), so everything
    --    below is attributed to the result's committed grouping.
    EXECUTE format($q$
        INSERT INTO result_contract_totals AS t (result_id, contracts, amount)
        SELECT result_id, sum(sign), sum(sign * amount) FROM (%s) d GROUP BY result_id ORDER BY result_id
        ON CONFLICT (result_id) DO UPDATE
            SET contracts = t.contracts + excluded.contracts, amount = t.amount + excluded.amount
        $q$, source);

    -- 2. The day of each affected result's first contract, and which of them changed. A new
    --    statement, hence a new snapshot: it sees what committed while step 1 waited.
    EXECUTE format($q$
        WITH firsts AS (
            SELECT t.result_id, t.first_signed_on AS old_first,
                   (SELECT min(c.signed_on) FROM transformation_contracts c WHERE c.result_id = t.result_id) AS new_first
            FROM result_contract_totals t WHERE t.result_id IN (SELECT result_id FROM (%s) d)),
        changed AS (
            UPDATE result_contract_totals t SET first_signed_on = f.new_first FROM firsts f
            WHERE t.result_id = f.result_id AND f.old_first IS DISTINCT FROM f.new_first
            RETURNING f.result_id, f.old_first, f.new_first)
        SELECT array_agg(result_id ORDER BY result_id), array_agg(old_first ORDER BY result_id),
               array_agg(new_first ORDER BY result_id)
        FROM changed
        $q$, source) INTO ids, old_firsts, new_firsts;

    -- 3. Per group, per day and group, and per month and group, grouping each result as it is now. (Transition
    --    tables are visible only in the trigger function itself, not in functions it calls.)
    EXECUTE format($q$
        INSERT INTO result_group_totals AS t (dimension, group_key, results, signed_results, contracts, amount)
        SELECT g.dimension, g.group_key, 0, sum(d.sign * d.signed), sum(d.sign * d.contracts), sum(d.sign * d.amount)
        FROM (%s) d JOIN innovation_results r ON r.id = d.result_id
        CROSS JOIN LATERAL dashboard_groups(r.area_id, r.region, r.category, r.organization_id) g
        GROUP BY 1, 2
        HAVING sum(d.sign * d.signed) <> 0 OR sum(d.sign * d.contracts) <> 0 OR sum(d.sign * d.amount) <> 0
        ORDER BY 1, 2
        ON CONFLICT (dimension, group_key) DO UPDATE
            SET signed_results = t.signed_results + excluded.signed_results,
                contracts = t.contracts + excluded.contracts, amount = t.amount + excluded.amount
        $q$, changes) USING ids, old_firsts, new_firsts;
    EXECUTE format($q$
        WITH delta AS (
            SELECT g.dimension, d.signed_on, g.group_key,
                   sum(d.sign * d.contracts) AS contracts, sum(d.sign * d.amount) AS amount,
                   sum(d.sign * d.firsts) AS first_signings
            FROM (%s) d JOIN innovation_results r ON r.id = d.result_id
            CROSS JOIN LATERAL dashboard_groups(r.area_id, r.region, r.category, r.organization_id) g
            WHERE d.signed_on IS NOT NULL
            GROUP BY 1, 2, 3
            HAVING sum(d.sign * d.contracts) <> 0 OR sum(d.sign * d.amount) <> 0 OR sum(d.sign * d.firsts) <> 0)
        %s
        $q$, changes, dashboard_day_and_month_upserts()) USING ids, old_firsts, new_firsts;

    -- 4. Conference-wide counters.
    EXECUTE format('SELECT ARRAY[coalesce(sum(sign * signed), 0), coalesce(sum(sign * contracts), 0),
                                 coalesce(sum(sign * amount), 0)] FROM (%s) d', changes)
        USING ids, old_firsts, new_firsts INTO counts;
    PERFORM dashboard_bump(ARRAY['signed_results', 'contracts', 'contract_amount'], counts);

    -- 5. Per signing day.
    EXECUTE format($q$
        INSERT INTO contract_day_totals AS t (signed_on, contracts, amount, first_signings)
        SELECT signed_on, sum(sign * contracts), sum(sign * amount), sum(sign * firsts) FROM (%s) d
        GROUP BY signed_on
        HAVING sum(sign * contracts) <> 0 OR sum(sign * amount) <> 0 OR sum(sign * firsts) <> 0
        ORDER BY signed_on
        ON CONFLICT (signed_on) DO UPDATE
            SET contracts = t.contracts + excluded.contracts, amount = t.amount + excluded.amount,
                first_signings = t.first_signings + excluded.first_signings
        $q$, changes) USING ids, old_firsts, new_firsts;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION dashboard_results_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    grouping TEXT := 'id, area_id, region, category, organization_id, published';
    source   TEXT;
    moved    BIGINT[];
    counts   NUMERIC[];
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- The frequent case, a like or a visit, changes counters only: static statements
        -- keep their plans between calls.
        SELECT ARRAY[(SELECT coalesce(sum(like_count), 0) FROM new_rows) - (SELECT coalesce(sum(like_count), 0) FROM old_rows),
                     (SELECT coalesce(sum(visit_count), 0) FROM new_rows) - (SELECT coalesce(sum(visit_count), 0) FROM old_rows),
                     (SELECT count(*) FILTER (WHERE published) FROM new_rows) - (SELECT count(*) FILTER (WHERE published) FROM old_rows)]
          INTO counts;
        SELECT array_agg(DISTINCT id ORDER BY id) INTO moved FROM (
            SELECT id, area_id, region, category, organization_id, published FROM new_rows
            EXCEPT SELECT id, area_id, region, category, organization_id, published FROM old_rows) m;
        IF moved IS NOT NULL THEN
            -- Lock the contract totals of the moved results before reading them: a concurrent
            -- contract for one of them either committed (and is moved here) or waits for this
            -- transaction and then sees the new grouping.
            INSERT INTO result_contract_totals AS t (result_id, contracts, amount)
            SELECT id, 0, 0 FROM unnest(moved) AS id ORDER BY id
            ON CONFLICT (result_id) DO UPDATE SET contracts = t.contracts;
            source := format('SELECT 1 AS sign, %1$s FROM new_rows WHERE id = ANY ($1)
                              UNION ALL SELECT -1, %1$s FROM old_rows WHERE id = ANY ($1)', grouping);
        END IF;
    ELSE
        -- New and deleted results have no contracts (the foreign key sees to that).
        EXECUTE format('SELECT ARRAY[coalesce(sum(sign * like_count), 0), coalesce(sum(sign * visit_count), 0),
                               coalesce(sum(sign) FILTER (WHERE published), 0)] FROM (%s) d',
                       dashboard_signed_rows(TG_OP, 'like_count, visit_count, published')) INTO counts;
        source := dashboard_signed_rows(TG_OP, grouping);
    END IF;

    IF source IS NOT NULL THEN
        -- Published results, and the contracts of moved results, leave their old groups and
        -- join their new ones.
        EXECUTE format($q$
            INSERT INTO result_group_totals AS t (dimension, group_key, results, signed_results, contracts, amount)
            SELECT g.dimension, g.group_key, sum(d.sign * d.published::int),
                   sum(d.sign * (coalesce(c.contracts, 0) > 0)::int),
                   sum(d.sign * coalesce(c.contracts, 0)), sum(d.sign * coalesce(c.amount, 0))
            FROM (%s) d
            LEFT JOIN result_contract_totals c ON c.result_id = d.id
            CROSS JOIN LATERAL dashboard_groups(d.area_id, d.region, d.category, d.organization_id) g
            GROUP BY 1, 2
            HAVING sum(d.sign * d.published::int) <> 0 OR sum(d.sign * (coalesce(c.contracts, 0) > 0)::int) <> 0
                OR sum(d.sign * coalesce(c.contracts, 0)) <> 0 OR sum(d.sign * coalesce(c.amount, 0)) <> 0
            ORDER BY 1, 2
            ON CONFLICT (dimension, group_key) DO UPDATE
                SET results = t.results + excluded.results, signed_results = t.signed_results + excluded.signed_results,
                    contracts = t.contracts + excluded.contracts, amount = t.amount + excluded.amount
            $q$, source) USING moved;
        IF moved IS NOT NULL THEN
            EXECUTE format($q$
                WITH delta AS (
                    SELECT g.dimension, p.signed_on, g.group_key, sum(d.sign * p.contracts) AS contracts,
                           sum(d.sign * p.amount) AS amount, sum(d.sign * p.firsts) AS first_signings
                    FROM (%s) d
                    JOIN (SELECT result_id, signed_on, count(*) AS contracts, sum(amount) AS amount, 0 AS firsts
                          FROM transformation_contracts WHERE result_id = ANY ($1) GROUP BY 1, 2
                          UNION ALL
                          SELECT result_id, first_signed_on, 0, 0, 1 FROM result_contract_totals
                          WHERE result_id = ANY ($1) AND first_signed_on IS NOT NULL) p ON p.result_id = d.id
                    CROSS JOIN LATERAL dashboard_groups(d.area_id, d.region, d.category, d.organization_id) g
                    GROUP BY 1, 2, 3
                    HAVING sum(d.sign * p.contracts) <> 0 OR sum(d.sign * p.amount) <> 0 OR sum(d.sign * p.firsts) <> 0)
                %s
                $q$, source, dashboard_day_and_month_upserts()) USING moved;
        END IF;
        IF TG_OP = 'DELETE' THEN
            DELETE FROM result_contract_totals WHERE result_id IN (SELECT id FROM old_rows) AND contracts = 0;
        END IF;
    END IF;

    PERFORM dashboard_bump(ARRAY['likes', 'result_visits', 'results'], counts);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION dashboard_hotspots_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    names  TEXT[];
    deltas NUMERIC[];
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- The frequent case, a visit: a static statement keeps its plan between calls.
        SELECT array_agg(counter ORDER BY counter), array_agg(delta ORDER BY counter) INTO names, deltas FROM (
            SELECT 'hotspots:' || media_kind AS counter, sum(sign) AS delta
            FROM (SELECT 1 AS sign, media_kind FROM new_rows UNION ALL SELECT -1, media_kind FROM old_rows) d
            GROUP BY media_kind
            UNION ALL
            SELECT 'hotspot_visits', (SELECT coalesce(sum(visit_count), 0) FROM new_rows)
                                     - (SELECT coalesce(sum(visit_count), 0) FROM old_rows)) c;
    ELSE
        EXECUTE format($q$
            SELECT array_agg(counter ORDER BY counter), array_agg(delta ORDER BY counter) FROM (
                SELECT 'hotspots:' || media_kind AS counter, sum(sign) AS delta FROM (%1$s) d GROUP BY media_kind
                UNION ALL
                SELECT 'hotspot_visits', coalesce(sum(sign * visit_count), 0) FROM (%1$s) d) c
            $q$, dashboard_signed_rows(TG_OP, 'media_kind, visit_count')) INTO names, deltas;
    END IF;
    PERFORM dashboard_bump(names, deltas);
    RETURN NULL;
END;
$$;

-- The likes in result_like_shards (V90) belong to the dashboard's like total as much as
-- like_count does: a like adds 1 here. The fold moves shard likes into like_count in one
-- statement: this trigger takes the moved likes off and dashboard_results_changed adds them
-- back, in the same transaction, so the total never changes through a fold.
CREATE OR REPLACE FUNCTION dashboard_like_shards_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM dashboard_bump(ARRAY['likes'], ARRAY[(SELECT coalesce(sum(likes), 0) FROM new_rows)::numeric]);
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM dashboard_bump(ARRAY['likes'],
            ARRAY[((SELECT coalesce(sum(likes), 0) FROM new_rows) - (SELECT coalesce(sum(likes), 0) FROM old_rows))::numeric]);
    ELSE
        PERFORM dashboard_bump(ARRAY['likes'], ARRAY[(-(SELECT coalesce(sum(likes), 0) FROM old_rows))::numeric]);
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION dashboard_rebuild() RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE dashboard_counters, contract_day_totals, result_contract_totals, result_group_totals,
        contract_day_group_totals, contract_month_group_totals IN EXCLUSIVE MODE;
    DELETE FROM dashboard_counters;
    DELETE FROM contract_day_totals;
    DELETE FROM result_contract_totals;
    DELETE FROM result_group_totals;
    DELETE FROM contract_day_group_totals;
    DELETE FROM contract_month_group_totals;
    INSERT INTO result_contract_totals (result_id, contracts, amount, first_signed_on)
    SELECT result_id, count(*), sum(amount), min(signed_on) FROM transformation_contracts GROUP BY result_id;
    INSERT INTO contract_day_totals (signed_on, contracts, amount, first_signings)
    SELECT d, sum(contracts), sum(amount), sum(firsts) FROM (
        SELECT signed_on AS d, count(*) AS contracts, sum(amount) AS amount, 0 AS firsts
        FROM transformation_contracts GROUP BY signed_on
        UNION ALL
        SELECT first_signed_on, 0, 0, count(*) FROM result_contract_totals GROUP BY first_signed_on) x
    GROUP BY d;
    INSERT INTO result_group_totals (dimension, group_key, results, signed_results, contracts, amount)
    SELECT g.dimension, g.group_key, count(*) FILTER (WHERE r.published), count(*) FILTER (WHERE c.contracts > 0),
           coalesce(sum(c.contracts), 0), coalesce(sum(c.amount), 0)
    FROM innovation_results r
    LEFT JOIN result_contract_totals c ON c.result_id = r.id
    CROSS JOIN LATERAL dashboard_groups(r.area_id, r.region, r.category, r.organization_id) g
    GROUP BY 1, 2;
    INSERT INTO contract_day_group_totals (dimension, signed_on, group_key, contracts, amount, first_signings)
    SELECT g.dimension, p.signed_on, g.group_key, sum(p.contracts), sum(p.amount), sum(p.firsts)
    FROM (SELECT result_id, signed_on, count(*) AS contracts, sum(amount) AS amount, 0 AS firsts
          FROM transformation_contracts GROUP BY 1, 2
          UNION ALL
          SELECT result_id, first_signed_on, 0, 0, 1 FROM result_contract_totals) p
    JOIN innovation_results r ON r.id = p.result_id
    CROSS JOIN LATERAL dashboard_groups(r.area_id, r.region, r.category, r.organization_id) g
    GROUP BY 1, 2, 3;
    INSERT INTO contract_month_group_totals (dimension, month, group_key, contracts, amount, first_signings)
    SELECT dimension, date_trunc('month', signed_on::timestamp)::date, group_key,
           sum(contracts), sum(amount), sum(first_signings)
    FROM contract_day_group_totals GROUP BY 1, 2, 3;
    INSERT INTO dashboard_counters (counter, shard, value)
    SELECT counter, 0, value FROM (
        SELECT 'results' AS counter, count(*) FILTER (WHERE published) AS value FROM innovation_results
        UNION ALL SELECT 'likes', (SELECT coalesce(sum(like_count), 0) FROM innovation_results)
                                  + (SELECT coalesce(sum(likes), 0) FROM result_like_shards)
        UNION ALL SELECT 'result_visits', coalesce(sum(visit_count), 0) FROM innovation_results
        UNION ALL SELECT 'signed_results', count(*) FROM result_contract_totals
        UNION ALL SELECT 'contracts', count(*) FROM transformation_contracts
        UNION ALL SELECT 'contract_amount', coalesce(sum(amount), 0) FROM transformation_contracts
        UNION ALL SELECT 'hotspot_visits', coalesce(sum(visit_count), 0) FROM online_hotspots
        UNION ALL SELECT 'hotspots:' || media_kind, count(*) FROM online_hotspots GROUP BY media_kind) c;
END;
$$;

CREATE OR REPLACE FUNCTION dashboard_rebuild_after_truncate() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dashboard_rebuild();
    RETURN NULL;
END;
$$;
