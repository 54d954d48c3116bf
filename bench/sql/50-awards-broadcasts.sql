-- Award announcements (spread over the 20 awards) and live broadcasts.
-- Variables: announcements, broadcasts, organizations, results, offline_areas, online_areas, days.
INSERT INTO award_announcements (award_id, rank, recipient_name, recipient_name_en, recipient_title, recipient_title_en,
                                 organization_id, result_id, citation, citation_en, announced_on)
SELECT w.id, a.rank,
       CASE WHEN w.recipient_kind = 'PERSON' THEN s.zh || f.zh END,
       CASE WHEN w.recipient_kind = 'PERSON' THEN s.en || ' ' || f.en END,
       CASE WHEN w.recipient_kind = 'PERSON' THEN '高级技师' END,
       CASE WHEN w.recipient_kind = 'PERSON' THEN 'Senior technician' END,
       CASE WHEN w.recipient_kind <> 'RESULT' THEN bench.pick(a.g, 81, :organizations) END,
       CASE WHEN w.recipient_kind = 'RESULT' THEN bench.pick(a.g, 82, :results) END,
       '创新性强、应用价值高，成果转化成效显著。', 'Highly original, of great practical value and widely put to use.',
       DATE '2022-04-29'
FROM (SELECT g, 1 + (g - 1) % 20 AS award_no, 1 + (g - 1) / 20 AS rank FROM generate_series(1, :announcements) g) a
JOIN awards w ON w.code = 'BENCH_AWARD_' || a.award_no
CROSS JOIN bench.sizes n
JOIN bench.words s ON s.kind = 'surname' AND s.idx = bench.pick(a.g, 83, n.surname)
JOIN bench.words f ON f.kind = 'given' AND f.idx = bench.pick(a.g, 84, n.given)
ORDER BY a.g;

INSERT INTO live_broadcasts (title, title_en, description, description_en, host, host_en, area_id, starts_at, ends_at,
                             stream_url, replay_url, view_count)
SELECT '工匠云直播：' || o.zh || '专场 ' || g, 'Artisan Cloud Live: ' || o.en || ' special ' || g,
       '走进' || o.zh || '领域的创新一线。', 'Inside the innovations in ' || o.en || '.',
       '工匠云直播间', 'Artisan Cloud Live studio',
       CASE WHEN g % 3 = 1 THEN bench.pick(g, 91, :offline_areas) ELSE :offline_areas + 1 + g % :online_areas END,
       start_at, start_at + interval '90 minutes',
       '/media/video-' || (1 + g % 3) || '.webm', '/media/video-' || (1 + g % 3) || '.webm',
       floor(bench.unit(g, 92) * 800000)::bigint
FROM (SELECT g, TIMESTAMPTZ '2022-04-27 09:30+08' + ((g - 1) % greatest(:days, 3)) * interval '1 day'
                    + ((g - 1) / greatest(:days, 3) % 8) * interval '90 minutes' AS start_at
      FROM generate_series(1, :broadcasts) g) b CROSS JOIN bench.sizes n
JOIN bench.words o ON o.kind = 'object' AND o.idx = bench.pick(g, 93, n.object)
ORDER BY g;
