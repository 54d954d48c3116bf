-- The dashboard's figures, kept up to date by triggers so that reading them never scans the
-- contracts or the results. Triggers catch every writer (JPA forms, JDBC imports, COPY, psql).
-- Every trigger is statement-level with transition tables: a bulk insert of a million rows
-- is aggregated once, not once per row.
--
-- Three independently maintained views of the same contracts, so that the dashboard's
-- reconciliation (every breakdown adds up to its total) compares different sources:
--   dashboard_counters     conference-wide counters (sharded per backend: no hot row for likes)
--   contract_day_totals    contracts and amounts per signing day
--   result_group_totals    results, signed results, contracts and amounts per area, region,
--                          category and owning organization
-- plus result_contract_totals (contracts per result), which tells when a result becomes signed
-- and carries a result's contracts along when it moves to another group.

CREATE TABLE dashboard_counters (
    counter VARCHAR(40) NOT NULL,
    shard   SMALLINT NOT NULL,
    value   NUMERIC(20, 2) NOT NULL,
    PRIMARY KEY (counter, shard)
);

CREATE TABLE contract_day_totals (
    signed_on DATE PRIMARY KEY,
    contracts BIGINT NOT NULL,
    amount    NUMERIC(18, 2) NOT NULL
);

CREATE TABLE result_contract_totals (
    result_id BIGINT PRIMARY KEY,
    contracts BIGINT NOT NULL,
    amount    NUMERIC(18, 2) NOT NULL
);

CREATE TABLE result_group_totals (
    dimension      VARCHAR(12) NOT NULL CHECK (dimension IN ('area', 'region', 'category', 'organization')),
    group_key      VARCHAR(50) NOT NULL,
    results        BIGINT NOT NULL,
    signed_results BIGINT NOT NULL,
    contracts      BIGINT NOT NULL,
    amount         NUMERIC(18, 2) NOT NULL,
    PRIMARY KEY (dimension, group_key)
);

-- Adds deltas to this backend's shard of each counter. Concurrent writers on other
-- connections update other rows, so counters never serialize likes.
CREATE FUNCTION dashboard_bump(names TEXT[], deltas NUMERIC[]) RETURNS void
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
CREATE FUNCTION dashboard_signed_rows(op TEXT, columns TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE op
        WHEN 'INSERT' THEN format('SELECT 1 AS sign, %s FROM new_rows', columns)
        WHEN 'DELETE' THEN format('SELECT -1 AS sign, %s FROM old_rows', columns)
        ELSE format('SELECT 1 AS sign, %1$s FROM new_rows UNION ALL SELECT -1, %1$s FROM old_rows', columns)
    END;
$$;

-- The four groupings of a result, as (dimension, group_key) rows for a LATERAL join.
CREATE FUNCTION dashboard_groups(area_id BIGINT, region TEXT, category TEXT, organization_id BIGINT)
    RETURNS TABLE (dimension TEXT, group_key TEXT)
    LANGUAGE sql IMMUTABLE AS $$
    VALUES ('area', area_id::text), ('region', region), ('category', category), ('organization', organization_id::text);
$$;

CREATE FUNCTION dashboard_contracts_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    source   TEXT := dashboard_signed_rows(TG_OP, 'result_id, signed_on, amount');
    counts   NUMERIC[];
BEGIN
    -- 1. Contracts per result. The row lock taken here is what a concurrent move of the same
    --    result to another area waits for (see dashboard_results_changed), so the group
    --    figures below are attributed to the result's committed grouping.
    EXECUTE format($q$
        INSERT INTO result_contract_totals AS t (result_id, contracts, amount)
        SELECT result_id, sum(sign), sum(sign * amount) FROM (%s) d
        GROUP BY result_id HAVING sum(sign) <> 0 OR sum(sign * amount) <> 0
        ORDER BY result_id
        ON CONFLICT (result_id) DO UPDATE
            SET contracts = t.contracts + excluded.contracts, amount = t.amount + excluded.amount
        $q$, source);

    -- 2. Per group; a result counts as signed while it has at least one contract. A new
    --    statement, hence a new snapshot: it sees groupings committed while step 1 waited.
    EXECUTE format($q$
        WITH delta AS (
            SELECT result_id, sum(sign) AS contracts, sum(sign * amount) AS amount FROM (%s) d
            GROUP BY result_id HAVING sum(sign) <> 0 OR sum(sign * amount) <> 0),
        per_result AS (
            SELECT d.result_id, d.contracts, d.amount,
                   (t.contracts > 0)::int - (t.contracts - d.contracts > 0)::int AS signed
            FROM delta d JOIN result_contract_totals t USING (result_id)),
        per_group AS (
            SELECT g.dimension, g.group_key, sum(p.signed) AS signed, sum(p.contracts) AS contracts,
                   sum(p.amount) AS amount
            FROM per_result p JOIN innovation_results r ON r.id = p.result_id
            CROSS JOIN LATERAL dashboard_groups(r.area_id, r.region, r.category, r.organization_id) g
            GROUP BY 1, 2),
        applied AS (
            INSERT INTO result_group_totals AS t (dimension, group_key, results, signed_results, contracts, amount)
            SELECT dimension, group_key, 0, signed, contracts, amount FROM per_group
            WHERE signed <> 0 OR contracts <> 0 OR amount <> 0
            ORDER BY dimension, group_key
            ON CONFLICT (dimension, group_key) DO UPDATE
                SET signed_results = t.signed_results + excluded.signed_results,
                    contracts = t.contracts + excluded.contracts, amount = t.amount + excluded.amount)
        SELECT ARRAY[coalesce(sum(signed), 0), coalesce(sum(contracts), 0), coalesce(sum(amount), 0)]
        FROM per_result
        $q$, source) INTO counts;

    -- 3. Conference-wide counters.
    PERFORM dashboard_bump(ARRAY['signed_results', 'contracts', 'contract_amount'], counts);

    -- 4. Per signing day.
    EXECUTE format($q$
        INSERT INTO contract_day_totals AS t (signed_on, contracts, amount)
        SELECT signed_on, sum(sign), sum(sign * amount) FROM (%s) d
        GROUP BY signed_on HAVING sum(sign) <> 0 OR sum(sign * amount) <> 0
        ORDER BY signed_on
        ON CONFLICT (signed_on) DO UPDATE
            SET contracts = t.contracts + excluded.contracts, amount = t.amount + excluded.amount
        $q$, source);
    RETURN NULL;
END;
$$;

CREATE FUNCTION dashboard_results_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    regrouped BOOLEAN := TG_OP <> 'UPDATE';
    counts    NUMERIC[];
BEGIN
    IF TG_OP = 'UPDATE' THEN
        -- The frequent case, a like or a visit, changes counters only.
        SELECT EXISTS (SELECT id, area_id, region, category, organization_id, published FROM new_rows
                       EXCEPT SELECT id, area_id, region, category, organization_id, published FROM old_rows),
               ARRAY[(SELECT coalesce(sum(like_count), 0) FROM new_rows) - (SELECT coalesce(sum(like_count), 0) FROM old_rows),
                     (SELECT coalesce(sum(visit_count), 0) FROM new_rows) - (SELECT coalesce(sum(visit_count), 0) FROM old_rows),
                     (SELECT count(*) FILTER (WHERE published) FROM new_rows) - (SELECT count(*) FILTER (WHERE published) FROM old_rows)]
          INTO regrouped, counts;
    ELSE
        EXECUTE format('SELECT ARRAY[coalesce(sum(sign * like_count), 0), coalesce(sum(sign * visit_count), 0),
                               coalesce(sum(sign) FILTER (WHERE published), 0)] FROM (%s) d',
                       dashboard_signed_rows(TG_OP, 'like_count, visit_count, published')) INTO counts;
    END IF;

    IF regrouped THEN
        IF TG_OP = 'UPDATE' THEN
            -- Lock the contract totals of the moved results first: a concurrent contract insert
            -- for one of them either committed (and is moved below) or waits for this
            -- transaction and then sees the new grouping. New and deleted results have no
            -- contracts (the foreign key sees to that).
            INSERT INTO result_contract_totals AS t (result_id, contracts, amount)
            SELECT id, 0, 0 FROM new_rows ORDER BY id
            ON CONFLICT (result_id) DO UPDATE SET contracts = t.contracts;
        END IF;
        EXECUTE format($q$
            INSERT INTO result_group_totals AS t (dimension, group_key, results, signed_results, contracts, amount)
            SELECT g.dimension, g.group_key, sum(d.sign * d.published::int) AS results,
                   sum(d.sign * (coalesce(c.contracts, 0) > 0)::int) AS signed,
                   sum(d.sign * coalesce(c.contracts, 0)) AS contracts, sum(d.sign * coalesce(c.amount, 0)) AS amount
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
            $q$, dashboard_signed_rows(TG_OP, 'id, area_id, region, category, organization_id, published'));
        IF TG_OP = 'DELETE' THEN
            DELETE FROM result_contract_totals WHERE result_id IN (SELECT id FROM old_rows) AND contracts = 0;
        END IF;
    END IF;

    PERFORM dashboard_bump(ARRAY['likes', 'result_visits', 'results'], counts);
    RETURN NULL;
END;
$$;

CREATE FUNCTION dashboard_hotspots_changed() RETURNS trigger
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

-- Recomputes every summary from the base tables: after a TRUNCATE, and once below for the
-- rows that exist before this migration.
CREATE FUNCTION dashboard_rebuild() RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE dashboard_counters, contract_day_totals, result_contract_totals, result_group_totals
        IN EXCLUSIVE MODE;
    DELETE FROM dashboard_counters;
    DELETE FROM contract_day_totals;
    DELETE FROM result_contract_totals;
    DELETE FROM result_group_totals;
    INSERT INTO result_contract_totals (result_id, contracts, amount)
    SELECT result_id, count(*), sum(amount) FROM transformation_contracts GROUP BY result_id;
    INSERT INTO contract_day_totals (signed_on, contracts, amount)
    SELECT signed_on, count(*), sum(amount) FROM transformation_contracts GROUP BY signed_on;
    INSERT INTO result_group_totals (dimension, group_key, results, signed_results, contracts, amount)
    SELECT g.dimension, g.group_key, count(*) FILTER (WHERE r.published), count(*) FILTER (WHERE c.contracts > 0),
           coalesce(sum(c.contracts), 0), coalesce(sum(c.amount), 0)
    FROM innovation_results r
    LEFT JOIN result_contract_totals c ON c.result_id = r.id
    CROSS JOIN LATERAL dashboard_groups(r.area_id, r.region, r.category, r.organization_id) g
    GROUP BY 1, 2;
    INSERT INTO dashboard_counters (counter, shard, value)
    SELECT counter, 0, value FROM (
        SELECT 'results' AS counter, count(*) FILTER (WHERE published) AS value FROM innovation_results
        UNION ALL SELECT 'likes', coalesce(sum(like_count), 0) FROM innovation_results
        UNION ALL SELECT 'result_visits', coalesce(sum(visit_count), 0) FROM innovation_results
        UNION ALL SELECT 'signed_results', count(*) FILTER (WHERE contracts > 0) FROM result_contract_totals
        UNION ALL SELECT 'contracts', count(*) FROM transformation_contracts
        UNION ALL SELECT 'contract_amount', coalesce(sum(amount), 0) FROM transformation_contracts
        UNION ALL SELECT 'hotspot_visits', coalesce(sum(visit_count), 0) FROM online_hotspots
        UNION ALL SELECT 'hotspots:' || media_kind, count(*) FROM online_hotspots GROUP BY media_kind) c;
END;
$$;

CREATE FUNCTION dashboard_rebuild_after_truncate() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dashboard_rebuild();
    RETURN NULL;
END;
$$;

CREATE TRIGGER dashboard_contracts_inserted AFTER INSERT ON transformation_contracts
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_contracts_changed();
CREATE TRIGGER dashboard_contracts_updated AFTER UPDATE ON transformation_contracts
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_contracts_changed();
CREATE TRIGGER dashboard_contracts_deleted AFTER DELETE ON transformation_contracts
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_contracts_changed();
CREATE TRIGGER dashboard_contracts_truncated AFTER TRUNCATE ON transformation_contracts
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rebuild_after_truncate();

CREATE TRIGGER dashboard_results_inserted AFTER INSERT ON innovation_results
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_results_changed();
CREATE TRIGGER dashboard_results_updated AFTER UPDATE ON innovation_results
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_results_changed();
CREATE TRIGGER dashboard_results_deleted AFTER DELETE ON innovation_results
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_results_changed();
CREATE TRIGGER dashboard_results_truncated AFTER TRUNCATE ON innovation_results
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rebuild_after_truncate();

CREATE TRIGGER dashboard_hotspots_inserted AFTER INSERT ON online_hotspots
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_hotspots_changed();
CREATE TRIGGER dashboard_hotspots_updated AFTER UPDATE ON online_hotspots
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_hotspots_changed();
CREATE TRIGGER dashboard_hotspots_deleted AFTER DELETE ON online_hotspots
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_hotspots_changed();
CREATE TRIGGER dashboard_hotspots_truncated AFTER TRUNCATE ON online_hotspots
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_rebuild_after_truncate();

SELECT dashboard_rebuild();
