package org.craftsman.portal.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The conference's figures as JSON: the headline totals for anyone (big screens, the
 * press), the breakdowns for staff. Amounts are exact decimal strings with two fraction
 * digits ("100000000.00"), so that no client rounds them through binary floating point;
 * counts are JSON integers.
 */
@RestController
@RequestMapping(path = "/api/stats", produces = "application/json")
@Tag(name = "Conference figures",
		description = "Totals and breakdowns of the conference, read live from its database. Amounts in yuan are "
				+ "exact decimal strings with two fraction digits; counts are integers.")
class StatsApiController {

	private static final int MAX_TOP = 100;

	private final StatsQueries stats;

	private final DashboardService dashboard;

	private final MessageSource messages;

	StatsApiController(StatsQueries stats, DashboardService dashboard, MessageSource messages) {
		this.stats = stats;
		this.dashboard = dashboard;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "The headline totals", description = "Public. The figures the home page shows.")
	Totals totals() {
		return Totals.of(this.stats.headlineTotals(), Instant.now());
	}

	@GetMapping("/breakdown")
	@Operation(summary = "A breakdown of results and contracts (staff only)",
			description = "Groups results and their contracts by the result's exhibition area, region, industry "
					+ "category or owning organization: the top groups by contract amount, the rest folded into one "
					+ "'others' group, and the total they add up to. by=day gives contracts per signing day (per "
					+ "month where the period has more than 92 days with contracts). A period limits the contract "
					+ "figures to their signing dates; results are then not counted, and signed results are those "
					+ "first signed in the period. by=mediaKind counts the online-hall hotspots per media kind, "
					+ "by=award the published announcements per award (no period).")
	@ApiResponse(responseCode = "200", description = "The breakdown")
	@ApiResponse(responseCode = "400", description = "An unknown grouping, a bad top or a bad period",
			content = @Content(mediaType = "application/problem+json"))
	BreakdownResponse breakdown(
			@Parameter(description = "What to group by", required = true,
					schema = @Schema(allowableValues = { "area", "region", "category", "organization", "day",
							"mediaKind", "award" })) @RequestParam(required = false) String by,
			@Parameter(description = "First signing day included (ISO date)",
					example = "2022-04-27") @RequestParam(required = false) String from,
			@Parameter(description = "Last signing day included (ISO date)",
					example = "2022-04-29") @RequestParam(required = false) String to,
			@Parameter(description = "Groups listed on their own before 'others' (1 to 100)",
					schema = @Schema(defaultValue = "10", minimum = "1", maximum = "100")) @RequestParam(
							required = false) String top) {
		Period period = Period.parse(from, to);
		if ("day".equals(by)) {
			return BreakdownResponse.of(this.dashboard.contractsOverTime(period), period);
		}
		if ("mediaKind".equals(by) || "award".equals(by)) {
			return BreakdownResponse.of(by,
					"award".equals(by) ? this.dashboard.awardsByAward() : this.dashboard.hotspotsByMediaKind());
		}
		Dimension dimension = Dimension.fromKey(by)
			.orElseThrow(() -> new BadParameter("by", "area, region, category, organization, day, mediaKind or award"));
		int groups = top(top);
		return BreakdownResponse.of(this.dashboard.breakdown(dimension, period, groups), groups);
	}

	@ExceptionHandler(InvalidPeriodException.class)
	ProblemDetail invalidPeriod(InvalidPeriodException ex) {
		return problem("The period is not valid.",
				ex.problems()
					.stream()
					.map((p) -> Map.of("field", p.field(), "message",
							this.messages.getMessage(p.messageKey(), null, LocaleContextHolder.getLocale())))
					.toList());
	}

	@ExceptionHandler(BadParameter.class)
	ProblemDetail badParameter(BadParameter ex) {
		return problem("Parameter '" + ex.field + "' must be " + ex.expected + ".",
				List.of(Map.of("field", ex.field, "message", "must be " + ex.expected)));
	}

	/** A 400 response naming each wrong parameter ({@code errors}: field and message). */
	private static ProblemDetail problem(String detail, List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	private static int top(String value) {
		if (value == null || value.isBlank()) {
			return DashboardService.TOP;
		}
		try {
			int top = Integer.parseInt(value.strip());
			if (top >= 1 && top <= MAX_TOP) {
				return top;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new BadParameter("top", "a whole number from 1 to " + MAX_TOP);
	}

	private static String decimal(BigDecimal value) {
		return value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
	}

	static final class BadParameter extends RuntimeException {

		final String field;

		final String expected;

		BadParameter(String field, String expected) {
			super(field + " must be " + expected);
			this.field = field;
			this.expected = expected;
		}

	}

	@Schema(name = "Totals", description = "The conference's headline figures")
	record Totals(@Schema(description = "Offline exchange areas") long offlineAreas,
			@Schema(description = "Zones of the online exhibition hall") long onlineAreas,
			@Schema(description = "Floor area of the offline areas in square metres, exact decimal string",
					example = "10260.00", pattern = "^\\d+\\.\\d{2}$") String floorArea,
			@Schema(description = "Online-hall hotspots") long hotspots,
			@Schema(description = "Published innovation results") long results,
			@Schema(description = "Results with at least one signed contract") long signedResults,
			@Schema(description = "Signed transformation contracts") long contracts,
			@Schema(description = "Total amount of all contracts in yuan, exact decimal string",
					example = "100000000.00", pattern = "^\\d+\\.\\d{2}$") String contractAmount,
			@Schema(description = "Published award announcements") long awards,
			@Schema(description = "Online-hall visits (results and hotspots opened)") long visits,
			@Schema(description = "Likes given to results") long likes,
			@Schema(description = "Live broadcast views") long liveViews,
			@Schema(description = "When the figures were read") Instant readAt) {

		static Totals of(HeadlineTotals totals, Instant readAt) {
			return new Totals(totals.offlineAreas(), totals.onlineAreas(), decimal(totals.floorArea()),
					totals.hotspots(), totals.results(), totals.signedResults(), totals.contracts(),
					decimal(totals.contractAmount()), totals.awards(), totals.visits(), totals.likes(),
					totals.liveViews(), readAt);
		}

	}

	@Schema(name = "Breakdown", description = "Groups that add up to a total")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record BreakdownResponse(@Schema(description = "What the groups are", allowableValues = {
			"mediaKind", "award", "area", "region", "category", "organization", "day", "month" }) String by,
			@Schema(description = "First signing day included, if limited") LocalDate from,
			@Schema(description = "Last signing day included, if limited") LocalDate to,
			@Schema(description = "Groups listed on their own (not for days)") Integer top,
			@Schema(description = "The groups, largest contract amount first (days: oldest first)") List<Group> groups,
			@Schema(description = "The total the groups add up to, from a separately maintained source") Group total,
			@Schema(description = "Whether the groups add up exactly to the total") boolean reconciled){

		static BreakdownResponse of(Breakdown breakdown, int top) {
			List<Group> groups = breakdown.rows().stream().map(Group::of).toList();
			return new BreakdownResponse(breakdown.dimension().key(), breakdown.period().from(),
					breakdown.period().to(), top, groups, Group.total(breakdown.total()),
					breakdown.reconciliation().reconciled());
		}

		static BreakdownResponse of(ContractsOverTime overTime, Period period) {
			List<Group> groups = overTime.rows().stream().map(Group::of).toList();
			return new BreakdownResponse(overTime.monthly() ? "month" : "day", period.from(), period.to(), null, groups,
					Group.total(overTime.total()), overTime.reconciliation().reconciled());
		}

		static BreakdownResponse of(String by, CountBreakdown counts) {
			List<Group> groups = counts.rows().stream().map(Group::of).toList();
			return new BreakdownResponse(by, null, null, null, groups, Group.total(counts.total()),
					counts.reconciliation().reconciled());
		}

	}

	@Schema(name = "Group", description = "One group of a breakdown, the 'others' group, or the total")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Group(
			@Schema(description = "Area or organization id, region or category name, ISO day or first day of the "
					+ "month; absent for 'others' and the total") String key,
			@Schema(description = "The area's code") String code, @Schema(description = "Name") String name,
			@Schema(description = "English name") String nameEn,
			@Schema(description = "Present and true for the group folding all groups beyond the top") Boolean others,
			@Schema(description = "How many groups this one stands for") Long members,
			@Schema(description = "Published results (absent when a period is chosen, and for days)") Long results,
			@Schema(description = "Results with a contract; for a period or a day, the results whose first "
					+ "contract was signed in it (so that groups and days add up)") Long signedResults,
			@Schema(description = "Contracts (absent for hotspots and awards)") Long contracts,
			@Schema(description = "Their amount in yuan, exact decimal string", example = "1250000.00",
					pattern = "^-?\\d+\\.\\d{2}$") String amount,
			@Schema(description = "Hotspots of the media kind, or announcements of the award") Long count) {

		/**
		 * A group of a breakdown, or the 'others' group folding the groups beyond the
		 * top.
		 */
		static Group of(BreakdownRow row) {
			Label label = row.others() ? Label.NONE : new Label(row.key(), row.code(), row.name(), row.nameEn());
			return new Group(label, row.others() ? Boolean.TRUE : null, row.members(), row.measures());
		}

		/** A signing day or month; its results are those first signed in it. */
		static Group of(ContractsOverTime.Row row) {
			Measures measures = new Measures(null, row.firstSignings(), row.contracts(), row.amount());
			return new Group(Label.of(row.startsOn().toString()), null, null, measures);
		}

		/** A media kind's hotspots or an award's announcements. */
		static Group of(CountBreakdown.Row row) {
			return new Group(new Label(row.key(), null, row.name(), row.nameEn()), row.count());
		}

		static Group total(Measures measures) {
			return new Group(Label.NONE, null, null, measures);
		}

		static Group total(long count) {
			return new Group(Label.NONE, count);
		}

		/** A group counting results and contracts; it has no {@code count}. */
		private Group(Label label, Boolean others, Long members, Measures measures) {
			this(label.key(), label.code(), label.name(), label.nameEn(), others, members, measures.results(),
					measures.signedResults(), measures.contracts(), decimal(measures.amount()), null);
		}

		/** A group counting hotspots or announcements: only its label and its count. */
		private Group(Label label, long count) {
			this(label.key(), label.code(), label.name(), label.nameEn(), null, null, null, null, null, null, count);
		}

		/** What a group is called; nothing for 'others' and the total. */
		private record Label(String key, String code, String name, String nameEn) {

			static final Label NONE = of(null);

			static Label of(String key) {
				return new Label(key, null, null, null);
			}

		}

	}

}
