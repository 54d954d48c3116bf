-- The current definition of the full-text search of results: the tokenizer for Chinese text,
-- the document each published result is indexed as (the view result_search_document) and the
-- triggers' functions that rewrite a result's search row when anything it is built from
-- changes (the triggers stay in V51 and V70). The versioned migrations V1, V51 and V70 are
-- their history; a change to any of them is made here, and Flyway runs this file again after
-- the versioned migrations whenever it changes. A change to the view's columns needs a
-- versioned migration (CREATE OR REPLACE VIEW only adds columns at the end).

-- Chinese has no spaces between words: index every character and every pair of adjacent
-- characters, so that a one- or two-character term is an exact lexeme lookup in the GIN index.
CREATE OR REPLACE FUNCTION portal_search_tokens(src TEXT) RETURNS TEXT
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
    run    TEXT;
    tokens TEXT := '';
    i      INTEGER;
BEGIN
    IF src IS NULL THEN
        RETURN '';
    END IF;
    FOR run IN SELECT m[1] FROM regexp_matches(src, '([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)', 'g') AS m LOOP
        FOR i IN 1 .. length(run) LOOP
            tokens := tokens || ' ' || substr(run, i, 1);
            IF i < length(run) THEN
                tokens := tokens || ' ' || substr(run, i, 2);
            END IF;
        END LOOP;
    END LOOP;
    RETURN regexp_replace(src, '[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+', ' ', 'g') || tokens;
END;
$$;

CREATE OR REPLACE FUNCTION result_title_vector(title TEXT, title_en TEXT) RETURNS TSVECTOR
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('simple', portal_search_tokens(title) || ' ' || coalesce(title_en, '')), 'A')
        || setweight(to_tsvector('english', coalesce(title_en, '')), 'A')
$$;

-- A code as a visitor may type it: CIE-0178, cie-0178 and CIE0178 are the same key.
CREATE OR REPLACE FUNCTION result_code_key(code TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT lower(regexp_replace(code, '[^A-Za-z0-9]', '', 'g'))
$$;

-- What the search row of each published result holds. Chinese text is indexed as characters
-- and pairs of characters (portal_search_tokens), English text both as words ('simple') and
-- stemmed ('english'), as V51 did for titles and summaries; the code as its key (one exact
-- lexeme) and as its parts.
CREATE OR REPLACE VIEW result_search_document AS
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

-- Writes the search rows of these results afresh; unpublished ones have none.
CREATE OR REPLACE FUNCTION result_search_refresh(ids BIGINT[]) RETURNS void
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

CREATE OR REPLACE FUNCTION result_search_organization_renamed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM result_search_refresh(ARRAY(SELECT id FROM innovation_results WHERE organization_id = NEW.id));
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION result_search_area_renamed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM result_search_refresh(ARRAY(SELECT id FROM innovation_results WHERE area_id = NEW.id));
    RETURN NULL;
END;
$$;

-- A label renamed under its Chinese name (its key) leaves the results of the old name without it.
CREATE OR REPLACE FUNCTION result_search_label_changed() RETURNS trigger
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
