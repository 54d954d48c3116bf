package org.craftsman.portal.admin;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The one place that turns a write PostgreSQL refused into a message on the field it
 * concerns, in the reader's language: a duplicate contract number says so on the contract
 * number, a negative amount on the amount. Constraints the schema names are labelled
 * {@code db.<constraint>}; PostgreSQL's generated names ({@code table_column_check},
 * {@code table_column_fkey}) lead to their column, labelled {@code db.<kind>.<field>};
 * anything else falls back to {@code db.<kind>}.
 */
@Component
public class ConstraintMessages {

	/** Constraints named in the schema, and the form field each concerns. */
	private static final Map<String, String> NAMED_CONSTRAINTS = Map.ofEntries(
			Map.entry("organizations_name_unique", "name"), Map.entry("exhibition_areas_code_unique", "code"),
			Map.entry("exhibition_areas_online_has_no_floor", "floorArea"),
			Map.entry("innovation_results_code_unique", "code"),
			Map.entry("transformation_contracts_no_unique", "contractNo"),
			Map.entry("transformation_contracts_contract_no_check", "contractNo"),
			Map.entry("awards_code_unique", "code"),
			Map.entry("award_announcements_recipient_present", "recipientName"),
			Map.entry("award_announcements_rank_unique", "rank"), Map.entry("live_broadcasts_time_ordered", "endsAt"),
			Map.entry("exhibition_areas_plan_inside_hall", "planX"),
			Map.entry("exhibition_areas_plan_no_overlap", "planX"),
			Map.entry("exhibition_areas_plan_complete", "planHallCode"), Map.entry("hall_scenes_code_unique", "code"),
			Map.entry("hall_scene_links_unique", "targetCode"),
			Map.entry("hall_scene_links_not_to_itself", "targetCode"),
			Map.entry("hall_hotspot_places_hotspot_unique", "hotspotId"));

	private static final List<String> TABLES = List.of("award_announcements", "awards", "exhibition_areas",
			"hall_hotspot_places", "hall_scene_links", "hall_scenes", "innovation_results", "live_broadcasts",
			"online_hotspots", "organizations", "transformation_contracts");

	/** Foreign-key columns and the form field that names the related record. */
	private static final Map<String, String> REFERENCE_FIELDS = Map.of("area_id", "areaCode", "result_id", "resultCode",
			"organization_id", "organizationName", "transferee_id", "transfereeName", "award_id", "awardCode");

	private static final Pattern QUOTED_CONSTRAINT = Pattern.compile("constraint \"([^\"]+)\"");

	private static final Pattern QUOTED_COLUMN = Pattern.compile("column \"([^\"]+)\"");

	private final MessageSource messages;

	public ConstraintMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** Puts the refusal on the field it concerns, or on the form when no field fits. */
	public void reject(DataIntegrityViolationException refusal, BindingResult errors) {
		Violation violation = explain(refusal);
		String fallback = this.messages.getMessage(violation.genericCode(), null, LocaleContextHolder.getLocale());
		if (violation.field() != null
				&& new BeanWrapperImpl(errors.getTarget()).isReadableProperty(violation.field())) {
			errors.rejectValue(violation.field(), violation.specificCode(), null, fallback);
		}
		else {
			errors.reject(violation.specificCode(), null, fallback);
		}
	}

	/** The field and message of a refused write, for readers that are not forms. */
	public String message(Throwable refusal, Locale locale) {
		Violation violation = explain(refusal);
		String generic = this.messages.getMessage(violation.genericCode(), null, locale);
		return this.messages.getMessage(violation.specificCode(), null, generic, locale);
	}

	public Violation explain(Throwable refusal) {
		SQLException sql = find(refusal, SQLException.class);
		String state = (sql != null && sql.getSQLState() != null) ? sql.getSQLState() : "";
		String kind = switch (state) {
			case "23505" -> "unique";
			case "23514" -> "check";
			case "23503" -> "reference";
			case "23502" -> "required";
			case "22001" -> "tooLong";
			case "22003" -> "outOfRange";
			default -> "other";
		};
		String text = messageChain(refusal);
		if ("required".equals(kind)) {
			String column = group(QUOTED_COLUMN, text);
			return new Violation(kind, null, (column != null) ? fieldOf(column) : null);
		}
		String constraint = constraintName(refusal, text);
		return new Violation(kind, constraint, (constraint != null) ? fieldForConstraint(constraint) : null);
	}

	static String fieldForConstraint(String constraint) {
		String named = NAMED_CONSTRAINTS.get(constraint);
		if (named != null) {
			return named;
		}
		for (String table : TABLES) {
			if (constraint.startsWith(table + "_")) {
				String column = constraint.substring(table.length() + 1).replaceFirst("_(check|key|fkey|unique)$", "");
				return fieldOf(column);
			}
		}
		return null;
	}

	static String fieldOf(String column) {
		String reference = REFERENCE_FIELDS.get(column);
		if (reference != null) {
			return reference;
		}
		StringBuilder field = new StringBuilder();
		boolean upper = false;
		for (char c : column.toCharArray()) {
			if (c == '_') {
				upper = true;
			}
			else {
				field.append(upper ? Character.toUpperCase(c) : c);
				upper = false;
			}
		}
		return field.toString();
	}

	private static String constraintName(Throwable refusal, String text) {
		org.hibernate.exception.ConstraintViolationException hibernate = find(refusal,
				org.hibernate.exception.ConstraintViolationException.class);
		if (hibernate != null && hibernate.getConstraintName() != null) {
			return hibernate.getConstraintName();
		}
		return group(QUOTED_CONSTRAINT, text);
	}

	private static String messageChain(Throwable refusal) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
			text.append(cause.getMessage()).append('\n');
		}
		return text.toString();
	}

	private static String group(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static <T extends Throwable> T find(Throwable error, Class<T> type) {
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	/**
	 * A refused write explained.
	 *
	 * @param kind unique, check, reference, required, tooLong, outOfRange or other
	 * @param constraint the constraint's name, when PostgreSQL named one
	 * @param field the form field concerned, when one is known
	 */
	public record Violation(String kind, String constraint, String field) {

		String genericCode() {
			return "db." + this.kind;
		}

		String specificCode() {
			if (this.constraint != null && NAMED_CONSTRAINTS.containsKey(this.constraint)) {
				return "db." + this.constraint;
			}
			return (this.field != null) ? "db." + this.kind + "." + this.field : genericCode();
		}

	}

}
