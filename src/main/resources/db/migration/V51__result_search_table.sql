-- The search vectors of published results move to a table of their own. As a generated
-- column of innovation_results, a vector was recomputed, and its GIN index entries rewritten,
-- by every UPDATE of the row: every like and every visit of a result. Now a like or a visit
-- touches only the counters, and a vector changes only when a searched text changes. Only
-- published results have a row here, so a search counts its matches in this table alone.
-- Matching uses the whole vector, read only through its GIN index; ranking uses a small vector
-- of the title alone, stored beside it, so that ranking thousands of matches does not fetch
-- their large (TOASTed) vectors: title matches come first, then the most liked.
CREATE FUNCTION result_search_vector(title TEXT, title_en TEXT, innovators TEXT, summary TEXT, summary_en TEXT)
    RETURNS TSVECTOR LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('simple', portal_search_tokens(title) || ' ' || coalesce(title_en, '')), 'A')
        || setweight(to_tsvector('simple', portal_search_tokens(innovators)), 'B')
        || setweight(to_tsvector('simple', portal_search_tokens(summary) || ' ' || coalesce(summary_en, '')), 'C')
        || setweight(to_tsvector('english', coalesce(title_en, '') || ' ' || coalesce(summary_en, '')), 'D')
$$;

CREATE FUNCTION result_title_vector(title TEXT, title_en TEXT) RETURNS TSVECTOR
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('simple', portal_search_tokens(title) || ' ' || coalesce(title_en, '')), 'A')
        || setweight(to_tsvector('english', coalesce(title_en, '')), 'A')
$$;

CREATE TABLE result_search (
    result_id     BIGINT PRIMARY KEY REFERENCES innovation_results (id) ON DELETE CASCADE,
    search_vector TSVECTOR NOT NULL,
    title_vector  TSVECTOR NOT NULL
);

INSERT INTO result_search (result_id, search_vector, title_vector)
SELECT id, search_vector, result_title_vector(title, title_en) FROM innovation_results WHERE published;

CREATE INDEX result_search_idx ON result_search USING GIN (search_vector);

ALTER TABLE innovation_results DROP COLUMN search_vector;

CREATE FUNCTION result_search_sync() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.published THEN
        INSERT INTO result_search (result_id, search_vector, title_vector)
        VALUES (NEW.id, result_search_vector(NEW.title, NEW.title_en, NEW.innovators, NEW.summary, NEW.summary_en),
                result_title_vector(NEW.title, NEW.title_en))
        ON CONFLICT (result_id) DO UPDATE
            SET search_vector = excluded.search_vector, title_vector = excluded.title_vector;
    ELSIF TG_OP = 'UPDATE' THEN
        DELETE FROM result_search WHERE result_id = NEW.id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER result_search_sync
    AFTER INSERT OR UPDATE OF title, title_en, innovators, summary, summary_en, published ON innovation_results
    FOR EACH ROW EXECUTE FUNCTION result_search_sync();

-- Room on each page for the new version of a row whose counters change, so that a visit can
-- be a heap-only update that writes no index.
ALTER TABLE innovation_results SET (fillfactor = 90);
