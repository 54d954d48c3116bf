package org.craftsman.portal.award;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.craftsman.portal.common.PublicReads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public reads of awards: every award with its published recipients, in one
 * statement. A page shows the first recipients of each award and their number, so that an
 * award with thousands of recipients does not make the page of all awards heavy.
 */
@Repository
public class AwardQueries {

	private static final String LINE_COLUMNS = """
			a.award_id, a.rank, a.recipient_name, a.recipient_name_en, a.recipient_title, a.recipient_title_en,
			o.id AS organization_id, o.name AS organization_name, o.name_en AS organization_name_en,
			o.region AS organization_region,
			(o.id IS NOT NULL AND EXISTS (SELECT 1 FROM innovation_results x
			                              WHERE x.organization_id = o.id AND x.published)) AS organization_has_results,
			r.id AS result_id, r.title AS result_title, r.title_en AS result_title_en,
			a.citation, a.citation_en, a.announced_on
			""";

	/**
	 * Every award (or the one whose code is given) with its recipients count and its
	 * first recipients in rank order.
	 */
	private static final String BOARD = "SELECT w.id, w.code, w.name, w.name_en, w.recipient_kind, "
			+ "(SELECT count(*) FROM award_announcements c WHERE c.award_id = w.id AND c.published) AS recipients, "
			+ LINE_COLUMNS + """
					FROM awards w
					LEFT JOIN LATERAL (SELECT * FROM award_announcements x WHERE x.award_id = w.id AND x.published
					                   ORDER BY x.rank LIMIT :limit) a ON true
					LEFT JOIN organizations o ON o.id = a.organization_id
					LEFT JOIN innovation_results r ON r.id = a.result_id AND r.published
					WHERE w.code = :code OR CAST(:code AS TEXT) IS NULL
					ORDER BY w.display_order, w.id, a.rank
					""";

	private static final String FOR_RESULT = "SELECT w.id, w.code, w.name, w.name_en, w.recipient_kind, "
			+ "count(*) OVER (PARTITION BY w.id) AS recipients, " + LINE_COLUMNS + """
					FROM award_announcements a
					JOIN awards w ON w.id = a.award_id
					LEFT JOIN organizations o ON o.id = a.organization_id
					LEFT JOIN innovation_results r ON r.id = a.result_id
					WHERE a.published AND a.result_id = ?
					ORDER BY w.display_order, w.id, a.rank
					""";

	private final JdbcClient jdbc;

	/** Reads from the replica when one keeps up ({@link PublicReads}). */
	AwardQueries(PublicReads reads) {
		this.jdbc = reads.jdbc();
	}

	/**
	 * Every award in display order, each with its first recipients in rank order.
	 * @param limit how many recipients of each award at most
	 */
	public List<AwardCard> boards(int limit) {
		return group(this.jdbc.sql(BOARD).param("limit", limit).param("code", null).query(AwardQueries::row).list());
	}

	/**
	 * One award with its first recipients in rank order; empty when no award has that
	 * code.
	 */
	public Optional<AwardCard> board(String code, int limit) {
		return group(this.jdbc.sql(BOARD).param("limit", limit).param("code", code).query(AwardQueries::row).list())
			.stream()
			.findFirst();
	}

	/** The awards a result received, each with that result's announcements. */
	public List<AwardCard> forResult(long resultId) {
		return group(this.jdbc.sql(FOR_RESULT).param(resultId).query(AwardQueries::row).list());
	}

	private static List<AwardCard> group(List<Row> rows) {
		Map<Long, AwardCard> boards = new LinkedHashMap<>();
		for (Row row : rows) {
			AwardCard board = boards.computeIfAbsent(row.award().id(), (id) -> row.award());
			if (row.line() != null) {
				board.lines().add(row.line());
			}
		}
		return List.copyOf(boards.values());
	}

	private static Row row(ResultSet rs, int rowNum) throws SQLException {
		AwardCard award = new AwardCard(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
				rs.getString("name_en"), RecipientKind.valueOf(rs.getString("recipient_kind")),
				rs.getLong("recipients"), new ArrayList<>());
		if (rs.getObject("award_id") == null) {
			return new Row(award, null);
		}
		AnnouncementCard line = new AnnouncementCard(rs.getLong("award_id"), rs.getInt("rank"),
				rs.getString("recipient_name"), rs.getString("recipient_name_en"), rs.getString("recipient_title"),
				rs.getString("recipient_title_en"), rs.getObject("organization_id", Long.class),
				rs.getString("organization_name"), rs.getString("organization_name_en"),
				rs.getString("organization_region"), rs.getBoolean("organization_has_results"),
				rs.getObject("result_id", Long.class), rs.getString("result_title"), rs.getString("result_title_en"),
				rs.getString("citation"), rs.getString("citation_en"), rs.getObject("announced_on", LocalDate.class));
		return new Row(award, line);
	}

	private record Row(AwardCard award, AnnouncementCard line) {

	}

}
