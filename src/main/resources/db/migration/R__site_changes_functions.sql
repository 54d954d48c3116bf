-- The current definition of the function behind the site_changes triggers (V91).

CREATE OR REPLACE FUNCTION site_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO site_changes (txid) VALUES (txid_current()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
