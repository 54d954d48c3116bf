-- What the load driver (bench/load/portal_load.py) picks its ids and names from: a sample of
-- the published results (the first 500 are the "popular" ones liked and opened most), the
-- areas, result codes and organization names for the contract form, the contracts organizers
-- edit, and the categories and regions used as filters.
SELECT json_build_object(
  'results', (SELECT json_agg(id) FROM (SELECT id FROM innovation_results WHERE published
                                       ORDER BY md5(id::text) LIMIT 20000) r),
  'areas', (SELECT json_agg(id) FROM (SELECT id FROM exhibition_areas ORDER BY id LIMIT 2000) a),
  'codes', (SELECT json_agg(code) FROM (SELECT code FROM innovation_results ORDER BY md5(code) LIMIT 2000) c),
  'organizations', (SELECT json_agg(name) FROM (SELECT name FROM organizations ORDER BY md5(name) LIMIT 1000) o),
  'contracts', (SELECT json_agg(id) FROM (SELECT id FROM transformation_contracts ORDER BY md5(id::text) LIMIT 400) k),
  'categories', (SELECT json_agg(DISTINCT category) FROM innovation_results),
  'regions', (SELECT json_agg(DISTINCT region) FROM innovation_results));
