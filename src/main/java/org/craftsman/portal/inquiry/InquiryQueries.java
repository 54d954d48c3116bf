package org.craftsman.portal.inquiry;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts of inquiries for the dashboard, by status, by area and by result: numbers only,
 * so that staff see how the work goes without anyone's contact details.
 */
@Repository
public class InquiryQueries {

	private static final String COUNTS = """
			count(*) AS total,
			count(*) FILTER (WHERE i.status IN ('NEW', 'CONTACTED', 'NEGOTIATING')) AS open,
			count(*) FILTER (WHERE i.status = 'SIGNED') AS signed
			""";

	private final JdbcClient jdbc;

	InquiryQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The dashboard's figures, with the 20 results most asked about. */
	public InquiryCounts counts() {
		return new InquiryCounts(byStatus(), byArea(), byResult(20));
	}

	/** Every status, in the order of the work, with its count (zero included). */
	public List<InquiryCountRow> byStatus() {
		return this.jdbc
			.sql("""
					SELECT s.status AS key, s.status AS name, NULL AS name_en, count(i.id) AS total,
					       count(i.id) FILTER (WHERE i.status IN ('NEW', 'CONTACTED', 'NEGOTIATING')) AS open,
					       count(i.id) FILTER (WHERE i.status = 'SIGNED') AS signed
					FROM unnest(ARRAY['NEW', 'CONTACTED', 'NEGOTIATING', 'SIGNED', 'DECLINED']) WITH ORDINALITY AS s(status, position)
					LEFT JOIN inquiries i ON i.status = s.status
					GROUP BY s.status, s.position ORDER BY s.position""")
			.query(InquiryCountRow.class)
			.list();
	}

	/** The areas whose results have inquiries, most first. */
	public List<InquiryCountRow> byArea() {
		return this.jdbc.sql("SELECT a.code AS key, a.name, a.name_en, " + COUNTS + """
				FROM inquiries i JOIN innovation_results r ON r.id = i.result_id
				JOIN exhibition_areas a ON a.id = r.area_id
				GROUP BY a.id, a.code, a.name, a.name_en ORDER BY total DESC, a.code""")
			.query(InquiryCountRow.class)
			.list();
	}

	/** The results with the most inquiries, most first. */
	public List<InquiryCountRow> byResult(int limit) {
		return this.jdbc.sql("SELECT r.code AS key, r.title AS name, r.title_en AS name_en, " + COUNTS + """
				FROM inquiries i JOIN innovation_results r ON r.id = i.result_id
				GROUP BY r.id, r.code, r.title, r.title_en ORDER BY total DESC, r.code LIMIT ?""")
			.param(limit)
			.query(InquiryCountRow.class)
			.list();
	}

}
