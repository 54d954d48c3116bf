-- The current definitions of the floor plan's checks (V110): an area lies inside its hall
-- and overlaps no other area of that hall (touching edges is allowed); a hall is not made
-- smaller than the areas placed in it. Placements in one hall are serialized by locking the
-- hall's row, so two concurrent placements cannot overlap each other either.

CREATE OR REPLACE FUNCTION venue_plan_check_area() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    hall venue_halls%ROWTYPE;
BEGIN
    IF NEW.plan_hall_id IS NULL THEN
        RETURN NEW;
    END IF;
    SELECT * INTO hall FROM venue_halls WHERE id = NEW.plan_hall_id FOR UPDATE;
    IF NEW.plan_x + NEW.plan_width > hall.plan_width OR NEW.plan_y + NEW.plan_height > hall.plan_height THEN
        RAISE EXCEPTION 'area % lies outside hall %', NEW.code, hall.code
            USING ERRCODE = 'check_violation', CONSTRAINT = 'exhibition_areas_plan_inside_hall';
    END IF;
    IF EXISTS (SELECT 1 FROM exhibition_areas a
               WHERE a.plan_hall_id = NEW.plan_hall_id AND a.id <> NEW.id
                 AND a.plan_x < NEW.plan_x + NEW.plan_width AND NEW.plan_x < a.plan_x + a.plan_width
                 AND a.plan_y < NEW.plan_y + NEW.plan_height AND NEW.plan_y < a.plan_y + a.plan_height) THEN
        RAISE EXCEPTION 'area % overlaps another area of hall %', NEW.code, hall.code
            USING ERRCODE = 'check_violation', CONSTRAINT = 'exhibition_areas_plan_no_overlap';
    END IF;
    RETURN NEW;
END
$$;

CREATE OR REPLACE FUNCTION venue_plan_check_hall() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM exhibition_areas a
               WHERE a.plan_hall_id = NEW.id
                 AND (a.plan_x + a.plan_width > NEW.plan_width OR a.plan_y + a.plan_height > NEW.plan_height)) THEN
        RAISE EXCEPTION 'hall % is smaller than the areas placed in it', NEW.code
            USING ERRCODE = 'check_violation', CONSTRAINT = 'venue_halls_holds_its_areas';
    END IF;
    RETURN NEW;
END
$$;
