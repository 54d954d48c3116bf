-- The current definition of the function behind the live_comments notifications (V150):
-- 'new <broadcast> <comment>' when a comment is posted (or shown again), 'hide <broadcast>
-- <comment>' when an organizer hides it, on the channel live_comments.

CREATE OR REPLACE FUNCTION live_comment_announced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM pg_notify('live_comments', 'new ' || NEW.broadcast_id || ' ' || NEW.id);
    ELSIF NEW.hidden_at IS NOT NULL AND OLD.hidden_at IS NULL THEN
        PERFORM pg_notify('live_comments', 'hide ' || NEW.broadcast_id || ' ' || NEW.id);
    ELSIF NEW.hidden_at IS NULL AND OLD.hidden_at IS NOT NULL THEN
        PERFORM pg_notify('live_comments', 'new ' || NEW.broadcast_id || ' ' || NEW.id);
    END IF;
    RETURN NULL;
END
$$;
