package org.craftsman.portal.contract;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.craftsman.portal.common.PublicReads;
import org.craftsman.portal.common.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public reads of contracts: totals are summed by PostgreSQL, and a page of contracts
 * joins its result and transferee in the same statement.
 */
@Repository
public class ContractQueries {

	private static final String COLUMNS = """
			SELECT c.id, c.contract_no, c.amount, c.signed_on, c.kind,
			       r.id AS result_id, r.title AS result_title, r.title_en AS result_title_en,
			       t.name AS transferee, t.name_en AS transferee_en
			FROM transformation_contracts c
			JOIN innovation_results r ON r.id = c.result_id
			JOIN organizations t ON t.id = c.transferee_id
			""";

	private final JdbcClient jdbc;

	/** Reads from the replica when one keeps up ({@link PublicReads}). */
	ContractQueries(PublicReads reads) {
		this.jdbc = reads.jdbc();
	}

	/** Count, amount and results of the contracts the filter selects. */
	public ContractTotals totals(ContractFilter filter) {
		Criteria criteria = Criteria.of(filter);
		if (criteria.params().isEmpty()) {
			// All contracts: the conference-wide counters the triggers keep.
			return this.jdbc.sql("""
					SELECT coalesce(sum(value) FILTER (WHERE counter = 'contracts'), 0) AS contracts,
					       coalesce(sum(value) FILTER (WHERE counter = 'contract_amount'), 0) AS amount,
					       coalesce(sum(value) FILTER (WHERE counter = 'signed_results'), 0) AS results
					FROM dashboard_counters WHERE counter IN ('contracts', 'contract_amount', 'signed_results')
					""")
				.query((row, n) -> new ContractTotals(row.getLong("contracts"), row.getBigDecimal("amount"),
						row.getLong("results")))
				.single();
		}
		return this.jdbc
			.sql("SELECT count(*) AS contracts, coalesce(sum(c.amount), 0) AS amount,"
					+ " count(DISTINCT c.result_id) AS results FROM transformation_contracts c"
					+ " JOIN innovation_results r ON r.id = c.result_id"
					+ " JOIN organizations t ON t.id = c.transferee_id" + criteria.where())
			.params(criteria.params())
			.query((row, n) -> new ContractTotals(row.getLong("contracts"), row.getBigDecimal("amount"),
					row.getLong("results")))
			.single();
	}

	/**
	 * A page of the contracts the filter selects; {@code total} comes from
	 * {@link #totals}.
	 */
	public Page<ContractCard> page(ContractFilter filter, Paging paging, long total) {
		Criteria criteria = Criteria.of(filter);
		Paging page = paging.within(total);
		List<ContractCard> lines = this.jdbc
			.sql(COLUMNS + criteria.where() + orderBy(filter.sort()) + " LIMIT :limit OFFSET :offset")
			.params(criteria.params())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(ContractQueries::line)
			.list();
		return page.of(lines, total);
	}

	/**
	 * Contracts and amounts by day of signing, over all contracts, from the totals per
	 * day the triggers keep.
	 */
	public List<DayTotal> byDay() {
		return this.jdbc
			.sql("SELECT signed_on, contracts, amount FROM contract_day_totals WHERE contracts > 0 ORDER BY signed_on")
			.query((row, n) -> new DayTotal(row.getObject("signed_on", LocalDate.class), row.getLong("contracts"),
					row.getBigDecimal("amount")))
			.list();
	}

	public List<ContractCard> forResult(long resultId) {
		return this.jdbc.sql(COLUMNS + " WHERE c.result_id = ? ORDER BY c.signed_on, c.id")
			.param(resultId)
			.query(ContractQueries::line)
			.list();
	}

	private static String orderBy(ContractFilter.ContractSort sort) {
		return switch (sort) {
			case AMOUNT -> " ORDER BY c.amount DESC, c.id DESC";
			case NUMBER -> " ORDER BY c.contract_no, c.id";
			case DATE -> " ORDER BY c.signed_on DESC, c.id DESC";
		};
	}

	private static ContractCard line(ResultSet row, int rowNum) throws SQLException {
		return new ContractCard(row.getLong("id"), row.getString("contract_no"), row.getLong("result_id"),
				row.getString("result_title"), row.getString("result_title_en"), row.getString("transferee"),
				row.getString("transferee_en"), row.getBigDecimal("amount"),
				row.getObject("signed_on", LocalDate.class), ContractKind.valueOf(row.getString("kind")));
	}

	/**
	 * @param contracts how many contracts
	 * @param amount their total amount in yuan
	 * @param results how many distinct results they sign over
	 */
	public record ContractTotals(long contracts, BigDecimal amount, long results) {

	}

	/**
	 * @param day a day of signing
	 * @param contracts contracts signed that day
	 * @param amount their total amount in yuan
	 */
	public record DayTotal(LocalDate day, long contracts, BigDecimal amount) {

	}

	private record Criteria(String where, Map<String, Object> params) {

		static Criteria of(ContractFilter filter) {
			List<String> conditions = new ArrayList<>();
			Map<String, Object> params = new HashMap<>();
			if (filter.q() != null) {
				conditions.add("(r.title ILIKE :q ESCAPE '\\' OR r.title_en ILIKE :q ESCAPE '\\'"
						+ " OR t.name ILIKE :q ESCAPE '\\' OR t.name_en ILIKE :q ESCAPE '\\' OR c.contract_no ILIKE :q ESCAPE '\\')");
				params.put("q", "%" + filter.q().replaceAll("([\\\\%_])", "\\\\$1") + "%");
			}
			if (filter.kind() != null) {
				conditions.add("c.kind = :kind");
				params.put("kind", filter.kind().name());
			}
			if (filter.day() != null) {
				conditions.add("c.signed_on = :day");
				params.put("day", filter.day());
			}
			return new Criteria(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
		}

	}

}
