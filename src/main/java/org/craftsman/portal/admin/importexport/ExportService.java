package org.craftsman.portal.admin.importexport;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.AdminForm;
import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.FormSnapshot;
import org.craftsman.portal.common.AuditedEntity;
import org.craftsman.portal.common.Vocabulary;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ReflectionUtils;

/**
 * What exports and templates contain: the records of a kind as the import reads them, and
 * for templates, a guide to every column.
 */
@Service
class ExportService {

	/** What the guide says about a column of a type. */
	private static final Map<Class<?>, String> FORMAT_KEYS = Map.of(BigDecimal.class, "admin.import.guide.number",
			Integer.class, "admin.import.guide.integer", LocalDate.class, "admin.import.guide.date",
			LocalDateTime.class, "admin.import.guide.dateTime", Boolean.class, "admin.import.guide.flag");

	private final ImportService imports;

	private final MessageSource messages;

	ExportService(ImportService imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public Table table(AdminSection kind) {
		return table(this.imports.service(kind));
	}

	private <E extends AuditedEntity, F extends AdminForm> Table table(AdminCrudService<E, F> service) {
		F blank = service.newForm();
		List<List<String>> rows = new ArrayList<>();
		for (E entity : service.findAll()) {
			rows.add(List.copyOf(FormSnapshot.of(service.toForm(entity)).values()));
		}
		return new Table(Columns.of(blank), rows, Columns.numeric(blank));
	}

	/**
	 * One line per column: its name, what it means, whether it is required, its format.
	 */
	public List<List<String>> guide(AdminSection kind, Locale locale) {
		AdminForm blank = this.imports.service(kind).newForm();
		String section = kind.getKey();
		List<List<String>> guide = new ArrayList<>();
		guide.add(List.of(text("admin.import.guide.column", locale), text("admin.import.guide.meaning", locale),
				text("admin.import.guide.required", locale), text("admin.import.guide.format", locale)));
		for (String name : blank.fieldNames()) {
			Field field = ReflectionUtils.findField(blank.getClass(), name);
			boolean required = field != null
					&& (field.isAnnotationPresent(NotBlank.class) || field.isAnnotationPresent(NotNull.class));
			guide.add(List.of(Columns.column(name), text("admin." + section + ".field." + name, locale),
					text(required ? "admin.yes" : "admin.no", locale), format(name, field, locale)));
		}
		return guide;
	}

	private String format(String name, Field field, Locale locale) {
		Class<?> type = (field != null) ? field.getType() : String.class;
		if (type.isEnum()) {
			return Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
		}
		if ("category".equals(name)) {
			return String.join("、", Vocabulary.CATEGORIES.keySet());
		}
		if ("region".equals(name)) {
			return String.join("、", Vocabulary.REGIONS.keySet());
		}
		String key = FORMAT_KEYS.get(type);
		if (key == null) {
			key = name.endsWith("Code") ? "admin.import.guide.code"
					: (name.endsWith("Name") && !"recipientName".equals(name)) ? "admin.import.guide.organization"
							: "admin.import.guide.text";
		}
		return text(key, locale);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	/**
	 * Rows to write.
	 *
	 * @param header the column names
	 * @param rows the values, in column order
	 * @param numeric the columns holding numbers
	 */
	record Table(List<String> header, List<List<String>> rows, Set<String> numeric) {

	}

}
