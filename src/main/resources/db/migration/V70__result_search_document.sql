-- A search finds what a result's card and page show: title, summary, innovators, organization,
-- exhibition area, industry category, region and code, in Chinese and English. The search row
-- of a result is therefore built from the result, its organization, its area and the labels of
-- its category and region, and is rebuilt when any of them changes.

-- The English names of the categories and regions the portal shows (the Java side's
-- Vocabulary, which a test holds equal to this table), so that "power" finds 电力能源.
CREATE TABLE vocabulary_labels (
    kind    VARCHAR(10) NOT NULL CHECK (kind IN ('CATEGORY', 'REGION')),
    name    VARCHAR(50) NOT NULL CHECK (btrim(name) <> ''),
    name_en VARCHAR(100) NOT NULL CHECK (btrim(name_en) <> ''),
    PRIMARY KEY (kind, name)
);

INSERT INTO vocabulary_labels (kind, name, name_en) VALUES
    ('CATEGORY', '装备制造', 'Equipment manufacturing'), ('CATEGORY', '电力能源', 'Power and energy'),
    ('CATEGORY', '交通运输', 'Transport'), ('CATEGORY', '石油化工', 'Petrochemicals'),
    ('CATEGORY', '冶金材料', 'Metallurgy and materials'), ('CATEGORY', '航空航天', 'Aerospace'),
    ('CATEGORY', '信息通信', 'Information and communications'), ('CATEGORY', '建筑工程', 'Construction'),
    ('CATEGORY', '轻工纺织', 'Light industry and textiles'), ('CATEGORY', '医药健康', 'Medicine and health'),
    ('CATEGORY', '农业食品', 'Agriculture and food'), ('CATEGORY', '船舶海洋', 'Shipbuilding and marine'),
    ('REGION', '北京', 'Beijing'), ('REGION', '天津', 'Tianjin'), ('REGION', '河北', 'Hebei'),
    ('REGION', '山西', 'Shanxi'), ('REGION', '内蒙古', 'Inner Mongolia'), ('REGION', '辽宁', 'Liaoning'),
    ('REGION', '吉林', 'Jilin'), ('REGION', '黑龙江', 'Heilongjiang'), ('REGION', '上海', 'Shanghai'),
    ('REGION', '江苏', 'Jiangsu'), ('REGION', '浙江', 'Zhejiang'), ('REGION', '安徽', 'Anhui'),
    ('REGION', '福建', 'Fujian'), ('REGION', '江西', 'Jiangxi'), ('REGION', '山东', 'Shandong'),
    ('REGION', '河南', 'Henan'), ('REGION', '湖北', 'Hubei'), ('REGION', '湖南', 'Hunan'),
    ('REGION', '广东', 'Guangdong'), ('REGION', '广西', 'Guangxi'), ('REGION', '海南', 'Hainan'),
    ('REGION', '重庆', 'Chongqing'), ('REGION', '四川', 'Sichuan'), ('REGION', '贵州', 'Guizhou'),
    ('REGION', '云南', 'Yunnan'), ('REGION', '西藏', 'Tibet'), ('REGION', '陕西', 'Shaanxi'),
    ('REGION', '甘肃', 'Gansu'), ('REGION', '青海', 'Qinghai'), ('REGION', '宁夏', 'Ningxia'),
    ('REGION', '新疆', 'Xinjiang'), ('REGION', '兵团', 'Xinjiang Production and Construction Corps'),
    ('REGION', '全国', 'Nationwide');

-- A code as a visitor may type it: CIE-0178, cie-0178 and CIE0178 are the same key.
CREATE FUNCTION result_code_key(code TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lower(regexp_replace(code, '[^A-Za-z0-9]', '', 'g'))
$$;

-- What the search row of each published result holds. Chinese text is indexed as characters
-- and pairs of characters (portal_search_tokens), English text both as words ('simple') and
-- stemmed ('english'), as V51 did for titles and summaries; the code as its key (one exact
-- lexeme) and as its parts.
CREATE VIEW result_search_document AS
SELECT r.id AS result_id,
       setweight(to_tsvector('simple', portal_search_tokens(r.title) || ' ' || coalesce(r.title_en, '')), 'A')
           || setweight(to_tsvector('simple', portal_search_tokens(concat_ws(' ', r.innovators, o.name))
                  || ' ' || concat_ws(' ', r.innovators_en, o.name_en, regexp_replace(r.code, '[^A-Za-z0-9]', ' ', 'g'))), 'B')
           || setweight(array_to_tsvector(ARRAY[result_code_key(r.code)]), 'B')
           || setweight(to_tsvector('simple', portal_search_tokens(concat_ws(' ', r.summary, a.name, r.category, r.region))
                  || ' ' || concat_ws(' ', r.summary_en, a.name_en, c.name_en, g.name_en)), 'C')
           || setweight(to_tsvector('english', concat_ws(' ', r.title_en, r.summary_en, r.innovators_en,
                  o.name_en, a.name_en, c.name_en, g.name_en)), 'D') AS search_vector,
       result_title_vector(r.title, r.title_en) AS title_vector,
       result_code_key(r.code) AS code_key
FROM innovation_results r
JOIN organizations o ON o.id = r.organization_id
JOIN exhibition_areas a ON a.id = r.area_id
LEFT JOIN vocabulary_labels c ON c.kind = 'CATEGORY' AND c.name = r.category
LEFT JOIN vocabulary_labels g ON g.kind = 'REGION' AND g.name = r.region
WHERE r.published;

-- The exact code match comes first in a search by code; ranking reads this column, never the
-- large vector.
ALTER TABLE result_search ADD COLUMN code_key TEXT;

-- Rebuilt from scratch: loading an unindexed table and indexing it once is faster than
-- rewriting every row and its index entries.
DROP INDEX result_search_idx;
TRUNCATE result_search;
INSERT INTO result_search (result_id, search_vector, title_vector, code_key)
SELECT result_id, search_vector, title_vector, code_key FROM result_search_document;
ALTER TABLE result_search ALTER COLUMN code_key SET NOT NULL;
CREATE INDEX result_search_idx ON result_search USING GIN (search_vector);
ANALYZE result_search;

DROP FUNCTION result_search_vector(TEXT, TEXT, TEXT, TEXT, TEXT);

-- Writes the search rows of these results afresh; unpublished ones have none.
CREATE FUNCTION result_search_refresh(ids BIGINT[]) RETURNS void
    LANGUAGE sql AS $$
    DELETE FROM result_search s USING innovation_results r
    WHERE s.result_id = ANY (ids) AND r.id = s.result_id AND NOT r.published;
    INSERT INTO result_search (result_id, search_vector, title_vector, code_key)
    SELECT result_id, search_vector, title_vector, code_key FROM result_search_document WHERE result_id = ANY (ids)
    ON CONFLICT (result_id) DO UPDATE
        SET search_vector = excluded.search_vector, title_vector = excluded.title_vector,
            code_key = excluded.code_key;
$$;

CREATE OR REPLACE FUNCTION result_search_sync() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM result_search_refresh(ARRAY[NEW.id]);
    RETURN NULL;
END;
$$;

DROP TRIGGER result_search_sync ON innovation_results;
CREATE TRIGGER result_search_sync
    AFTER INSERT OR UPDATE OF code, title, title_en, innovators, innovators_en, summary, summary_en, category, region,
        organization_id, area_id, published ON innovation_results
    FOR EACH ROW EXECUTE FUNCTION result_search_sync();

CREATE FUNCTION result_search_organization_renamed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM result_search_refresh(ARRAY(SELECT id FROM innovation_results WHERE organization_id = NEW.id));
    RETURN NULL;
END;
$$;

CREATE TRIGGER result_search_organization_renamed
    AFTER UPDATE OF name, name_en ON organizations
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.name_en IS DISTINCT FROM NEW.name_en)
    EXECUTE FUNCTION result_search_organization_renamed();

CREATE FUNCTION result_search_area_renamed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM result_search_refresh(ARRAY(SELECT id FROM innovation_results WHERE area_id = NEW.id));
    RETURN NULL;
END;
$$;

CREATE TRIGGER result_search_area_renamed
    AFTER UPDATE OF name, name_en ON exhibition_areas
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.name_en IS DISTINCT FROM NEW.name_en)
    EXECUTE FUNCTION result_search_area_renamed();

-- A label renamed under its Chinese name (its key) leaves the results of the old name without it.
CREATE FUNCTION result_search_label_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    kind  TEXT;
    names TEXT[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        kind := NEW.kind;
        names := ARRAY[NEW.name];
    ELSIF TG_OP = 'DELETE' THEN
        kind := OLD.kind;
        names := ARRAY[OLD.name];
    ELSE
        kind := NEW.kind;
        names := ARRAY[OLD.name, NEW.name];
    END IF;
    IF kind = 'CATEGORY' THEN
        PERFORM result_search_refresh(ARRAY(SELECT id FROM innovation_results WHERE category = ANY (names)));
    ELSE
        PERFORM result_search_refresh(ARRAY(SELECT id FROM innovation_results WHERE region = ANY (names)));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER result_search_label_changed
    AFTER INSERT OR UPDATE OR DELETE ON vocabulary_labels
    FOR EACH ROW EXECUTE FUNCTION result_search_label_changed();
