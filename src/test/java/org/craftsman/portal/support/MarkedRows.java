package org.craftsman.portal.support;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one way tests remove the rows they added beside the demo data: every test row
 * carries a marker at the start of its code, number, name or title, and this deletes the
 * marked rows of every table, with whatever points to them, children first. The demo
 * data's exact totals then hold whatever order tests run in.
 */
public final class MarkedRows {

	private static final List<String> DELETIONS = List.of("""
			DELETE FROM inquiries WHERE organization_name LIKE ?
			  OR result_id IN (SELECT id FROM innovation_results WHERE code LIKE ?)""", """
			DELETE FROM award_announcements WHERE recipient_name LIKE ?
			  OR award_id IN (SELECT id FROM awards WHERE code LIKE ?)
			  OR result_id IN (SELECT id FROM innovation_results WHERE code LIKE ?)
			  OR organization_id IN (SELECT id FROM organizations WHERE name LIKE ?)""", """
			DELETE FROM transformation_contracts WHERE contract_no LIKE ?
			  OR result_id IN (SELECT id FROM innovation_results WHERE code LIKE ?)
			  OR transferee_id IN (SELECT id FROM organizations WHERE name LIKE ?)""", """
			DELETE FROM online_hotspots WHERE title LIKE ?
			  OR area_id IN (SELECT id FROM exhibition_areas WHERE code LIKE ?)
			  OR result_id IN (SELECT id FROM innovation_results WHERE code LIKE ?)""", """
			DELETE FROM live_broadcasts WHERE title LIKE ?
			  OR area_id IN (SELECT id FROM exhibition_areas WHERE code LIKE ?)""",
			"DELETE FROM innovation_results WHERE code LIKE ?", "DELETE FROM awards WHERE code LIKE ?",
			"DELETE FROM exhibition_areas WHERE code LIKE ?", "DELETE FROM organizations WHERE name LIKE ?");

	private MarkedRows() {
	}

	/** Deletes every row whose key starts with the marker. */
	public static void delete(JdbcTemplate jdbc, String marker) {
		String pattern = marker.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		for (String deletion : DELETIONS) {
			Object[] patterns = new Object[(int) deletion.chars().filter((c) -> c == '?').count()];
			Arrays.fill(patterns, pattern);
			jdbc.update(deletion, patterns);
		}
	}

}
