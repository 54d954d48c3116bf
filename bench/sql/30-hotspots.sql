-- Online-hall hotspots :first to :last. Variables: offline_areas, online_areas, results.
INSERT INTO online_hotspots (area_id, result_id, title, title_en, media_kind, media_ref, poster_ref, description,
                             description_en, display_order, visit_count)
SELECT :offline_areas + 1 + g % :online_areas,
       CASE WHEN g % 8 <> 7 THEN bench.pick(g, 61, :results) END,
       CASE h.media WHEN 'AUDIO' THEN '工匠讲述：' WHEN 'VIDEO' THEN '演示视频：' ELSE '图解：' END || o.zh || t.zh,
       CASE h.media WHEN 'AUDIO' THEN 'Craftsman''s story: ' WHEN 'VIDEO' THEN 'Demonstration: ' ELSE 'Illustrated: ' END
           || initcap(t.en) || ' for ' || o.en,
       h.media,
       CASE h.media WHEN 'AUDIO' THEN '/media/audio-' || (1 + g % 3) || '.mp3'
                 WHEN 'VIDEO' THEN '/media/video-' || (1 + g % 3) || '.webm'
                 ELSE '/media/poster-' || lpad((1 + g % 12)::text, 2, '0') || '.svg' END,
       '/media/poster-' || lpad((1 + g % 12)::text, 2, '0') || '.svg',
       '展示' || o.zh || t.zh || '的原理与应用效果。', 'How the ' || t.en || ' for ' || o.en || ' works and what it achieves.',
       g / :online_areas, floor(power(bench.unit(g, 62), 2) * 20000)::bigint
FROM (SELECT g, CASE WHEN g % 11 < 5 THEN 'GRAPHIC' WHEN g % 11 < 7 THEN 'AUDIO' ELSE 'VIDEO' END AS media
      FROM generate_series(:first, :last) g) h CROSS JOIN bench.sizes n
JOIN bench.words o ON o.kind = 'object' AND o.idx = bench.pick(g, 63, n.object)
JOIN bench.words t ON t.kind = 'technique' AND t.idx = bench.pick(g, 64, n.technique)
ORDER BY g;
