-- Innovation results :first to :last (row numbers). Variables: organizations, offline_areas.
INSERT INTO innovation_results (code, title, title_en, summary, summary_en, category, region, innovators, innovators_en,
                                organization_id, area_id, published, featured, like_count, visit_count, created_at)
SELECT 'BR-' || lpad(g::text, 7, '0'),
       o.zh || t.zh || '（' || g || '）',
       initcap(t.en) || ' for ' || o.en || ' (' || g || ')',
       '针对' || o.zh || p.zh || '的难题，' || s.zh || f.zh || '带领团队反复试验，研制出' || t.zh || '，'
           || format(e.zh, 10 + g % 50) || '，每年节约成本约' || (20 + g % 480) || '万元。成果已在多家单位推广应用。',
       'Facing ' || p.en || ' in ' || o.en || ', ' || s.en || ' ' || f.en || ' and the team developed this ' || t.en
           || '. It ' || format(e.en, 10 + g % 50) || ' and saves about ' || (20 + g % 480) || '0,000 yuan a year.',
       c.zh, r.zh,
       s.zh || f.zh || '、' || s2.zh || f2.zh, s.en || ' ' || f.en || ', ' || s2.en || ' ' || f2.en,
       bench.pick(g, 31, :organizations), bench.pick(g, 32, :offline_areas),
       bench.unit(g, 33) < 0.98, g % 500 = 0,
       floor(power(bench.unit(g, 34), 3) * 20000)::bigint, floor(power(bench.unit(g, 35), 2) * 50000)::bigint,
       TIMESTAMPTZ '2022-03-01 09:00+08' + (bench.unit(g, 36) * interval '57 days')
FROM generate_series(:first, :last) g CROSS JOIN bench.sizes n
JOIN bench.words o ON o.kind = 'object' AND o.idx = bench.pick(g, 41, n.object)
JOIN bench.words t ON t.kind = 'technique' AND t.idx = bench.pick(g, 42, n.technique)
JOIN bench.words p ON p.kind = 'problem' AND p.idx = bench.pick(g, 43, n.problem)
JOIN bench.words e ON e.kind = 'effect' AND e.idx = bench.pick(g, 44, n.effect)
JOIN bench.words s ON s.kind = 'surname' AND s.idx = bench.pick(g, 45, n.surname)
JOIN bench.words f ON f.kind = 'given' AND f.idx = bench.pick(g, 46, n.given)
JOIN bench.words s2 ON s2.kind = 'surname' AND s2.idx = bench.pick(g, 47, n.surname)
JOIN bench.words f2 ON f2.kind = 'given' AND f2.idx = bench.pick(g, 48, n.given)
JOIN bench.words c ON c.kind = 'category' AND c.idx = bench.pick(g, 49, n.category)
JOIN bench.words r ON r.kind = 'region' AND r.idx = bench.pick(g, 50, n.region)
ORDER BY g;
