-- Areas describe themselves in English too, for the English pages.
ALTER TABLE exhibition_areas ADD COLUMN description_en TEXT;
