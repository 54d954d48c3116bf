-- Visits that came from scanning a QR code (a booth poster, a result's label, a hotspot's
-- card), counted apart from other visits: per day (in the conference's time zone), per
-- scanned record, with the area it belongs to, for the dashboard's scans per area and day.
-- Written once a second by a single upsert that adds the scans counted meanwhile.

CREATE TABLE qr_scans (
    day       DATE NOT NULL,
    kind      VARCHAR(10) NOT NULL CHECK (kind IN ('AREA', 'RESULT', 'HOTSPOT')),
    target_id BIGINT NOT NULL,
    area_id   BIGINT NOT NULL REFERENCES exhibition_areas (id) ON DELETE CASCADE,
    scans     BIGINT NOT NULL CHECK (scans >= 0),
    PRIMARY KEY (day, kind, target_id)
);
CREATE INDEX qr_scans_area_day_idx ON qr_scans (area_id, day);
