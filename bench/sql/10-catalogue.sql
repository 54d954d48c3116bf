-- The conference, organizations, exhibition areas and awards.
-- Variables: organizations, areas, online_areas.
INSERT INTO conference (name, name_en, city, city_en, venue, venue_en, starts_on, ends_on)
VALUES ('大国工匠创新交流大会（压力测试数据）', 'Great Craftsmen Innovation Exchange Conference (benchmark data)', '深圳', 'Shenzhen',
        '深圳会展中心', 'Shenzhen Convention and Exhibition Center', DATE '2022-04-27', DATE '2022-04-29');

INSERT INTO organizations (name, name_en, kind, region)
SELECT c.zh || b.zh || k.zh || '（' || g || '）', c.en || ' ' || b.en || ' ' || k.en || ' (' || g || ')',
       (ARRAY['TRADE_UNION', 'ENTERPRISE', 'ENTERPRISE', 'ENTERPRISE', 'RESEARCH_INSTITUTE', 'SCHOOL', 'GOVERNMENT'])[bench.pick(g, 11, 7)],
       r.zh
FROM generate_series(1, :organizations) g CROSS JOIN bench.sizes n
JOIN bench.words c ON c.kind = 'city' AND c.idx = bench.pick(g, 12, n.city)
JOIN bench.words b ON b.kind = 'brand' AND b.idx = bench.pick(g, 13, n.brand)
JOIN bench.words k ON k.kind = 'org_kind' AND k.idx = bench.pick(g, 14, n.org_kind)
JOIN bench.words r ON r.kind = 'region' AND r.idx = bench.pick(g, 15, n.region)
ORDER BY g;

-- Offline areas first (ids 1..offline), then the online zones.
INSERT INTO exhibition_areas (code, name, name_en, kind, hall, hall_en, floor_area, theme, theme_en, description, display_order)
SELECT 'B' || lpad(g::text, 5, '0'),
       CASE WHEN offline THEN r.zh || '职工创新交流区' || g || '号' ELSE '线上展区' || g || '号：' || o.zh END,
       CASE WHEN offline THEN r.en || ' Workers'' Innovation Area No. ' || g ELSE 'Online zone ' || g || ': ' || o.en END,
       CASE WHEN offline THEN 'OFFLINE' ELSE 'ONLINE' END,
       CASE WHEN offline THEN (1 + g % 9) || '号馆' ELSE '线上展厅' END,
       CASE WHEN offline THEN 'Hall ' || (1 + g % 9) ELSE 'Online exhibition hall' END,
       CASE WHEN offline THEN (40 + floor(bench.unit(g, 21) * 520) / 2)::numeric(10, 2) ELSE 0 END,
       o.zh || '创新成果', 'Innovations in ' || o.en,
       '集中展示' || o.zh || '领域的职工创新成果，设有实物展台和互动体验区。', g
FROM (SELECT g, g <= :areas - :online_areas AS offline FROM generate_series(1, :areas) g) a CROSS JOIN bench.sizes n
JOIN bench.words r ON r.kind = 'region' AND r.idx = bench.pick(g, 22, n.region)
JOIN bench.words o ON o.kind = 'object' AND o.idx = bench.pick(g, 23, n.object)
ORDER BY g;

INSERT INTO awards (code, name, name_en, recipient_kind, display_order)
SELECT 'BENCH_AWARD_' || g, (ARRAY['技术成果奖', '最佳组织单位', '优秀创新成果', '工匠之星'])[1 + g % 4] || ' 第' || g || '类',
       (ARRAY['Technical Achievement Award', 'Best Organization Unit', 'Excellent Innovation Result', 'Craftsman Star'])[1 + g % 4]
           || ' class ' || g,
       (ARRAY['PERSON', 'ORGANIZATION', 'RESULT', 'PERSON'])[1 + g % 4], g
FROM generate_series(1, 20) g;
