package org.craftsman.portal.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.dashboard.ScanFigures.ScanRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Reads the QR code scans for the dashboard, in one repeatable-read snapshot. */
@Repository
class ScanQueries {

	private final JdbcClient jdbc;

	ScanQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	ScanFigures figures() {
		List<LocalDate> days = this.jdbc.sql("SELECT DISTINCT day FROM qr_scans ORDER BY day")
			.query(LocalDate.class)
			.list();
		Map<String, Cells> areas = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT a.code, a.name, a.name_en, s.day, sum(s.scans) AS scans
				FROM qr_scans s JOIN exhibition_areas a ON a.id = s.area_id
				GROUP BY a.code, a.name, a.name_en, s.day ORDER BY a.code, s.day""").query((row) -> {
			String name = row.getString("name");
			String nameEn = row.getString("name_en");
			Cells cells = areas.computeIfAbsent(row.getString("code"),
					(code) -> new Cells(name, nameEn, new long[days.size()]));
			cells.perDay()[days.indexOf(row.getObject("day", LocalDate.class))] += row.getLong("scans");
		});
		List<ScanRow> rows = new ArrayList<>();
		long[] dayTotals = new long[days.size()];
		areas.forEach((code, cells) -> {
			List<Long> perDay = new ArrayList<>();
			long total = 0;
			for (int i = 0; i < cells.perDay().length; i++) {
				perDay.add(cells.perDay()[i]);
				dayTotals[i] += cells.perDay()[i];
				total += cells.perDay()[i];
			}
			rows.add(new ScanRow(code, cells.name(), cells.nameEn(), perDay, total));
		});
		long total = this.jdbc.sql("SELECT coalesce(sum(scans), 0) FROM qr_scans").query(Long.class).single();
		return new ScanFigures(days, rows, java.util.Arrays.stream(dayTotals).boxed().toList(), total);
	}

	private record Cells(String name, String nameEn, long[] perDay) {

	}

}
