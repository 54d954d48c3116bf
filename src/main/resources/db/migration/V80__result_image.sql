-- A picture organizers upload for a result (a portrait of the innovators, the device...);
-- without one, the result shows the poster of its category.
ALTER TABLE innovation_results
    ADD COLUMN image_ref VARCHAR(500)
        CONSTRAINT innovation_results_image_ref_media CHECK (image_ref ~ '^/media/[A-Za-z0-9._/-]+$' AND image_ref NOT LIKE '%..%');
