package org.craftsman.portal.admin.importexport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.AdminSections;
import org.craftsman.portal.admin.AdminForm;
import org.craftsman.portal.admin.AmountEditor;
import org.craftsman.portal.admin.ConstraintMessages;
import org.craftsman.portal.admin.FormSnapshot;
import org.craftsman.portal.admin.References;
import org.craftsman.portal.admin.TextEditor;
import org.craftsman.portal.admin.audit.AuditAction;
import org.craftsman.portal.admin.audit.AuditEntry;
import org.craftsman.portal.admin.audit.AuditLog;
import org.craftsman.portal.admin.audit.FieldChange;
import org.craftsman.portal.common.AuditedEntity;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks and imports the rows of a spreadsheet through the same forms, rules and services
 * as the admin pages. A check writes nothing and lists every problem with its row and
 * column. An import checks again and writes only when no row has a problem, all rows in
 * one transaction; rows equal to their record change nothing, so importing the same file
 * twice is harmless.
 */
@Service
public class ImportService {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final int FLUSH_EVERY = 100;

	private final AdminSections sections;

	private final SpringValidatorAdapter validator;

	private final DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();

	private final MessageSource messages;

	private final ConstraintMessages constraints;

	private final AuditLog audit;

	@PersistenceContext
	private EntityManager entityManager;

	ImportService(AdminSections sections, jakarta.validation.Validator validator, MessageSource messages,
			ConstraintMessages constraints, AuditLog audit) {
		this.sections = sections;
		this.validator = new SpringValidatorAdapter(validator);
		this.messages = messages;
		this.constraints = constraints;
		this.audit = audit;
	}

	/** A file that could not be read at all, as a problem of its first row. */
	ImportError fileError(UnreadableFileException ex) {
		return error(1, "", ex.messageKey(), ex.arguments());
	}

	/** The service whose forms a kind's rows fill. */
	AdminCrudService<?, ?> service(AdminSection kind) {
		return this.sections.service(kind);
	}

	/** Finds every problem of a file and what it would change; writes nothing. */
	@Transactional(readOnly = true)
	public ImportOutcome check(AdminSection kind, Sheet sheet, ImportProgress progress) {
		return run(service(kind), sheet, null, progress);
	}

	/** Imports a file when it has no problem at all; otherwise writes nothing. */
	@Transactional
	public ImportOutcome commit(AdminSection kind, Sheet sheet, String actor, String fileName,
			ImportProgress progress) {
		return run(service(kind), sheet, new Writing(actor, fileName), progress);
	}

	private <E extends AuditedEntity, F extends AdminForm> ImportOutcome run(AdminCrudService<E, F> service,
			Sheet sheet, Writing writing, ImportProgress progress) {
		List<String> fields = service.newForm().fieldNames();
		List<String> absent = service.newForm()
			.optionalFields()
			.stream()
			.filter((field) -> !sheet.columns().contains(Columns.column(field)))
			.toList();
		List<ImportError> errors = new ArrayList<>(headerErrors(fields, absent, sheet));
		if (!errors.isEmpty()) {
			return new ImportOutcome(sheet.rows().size(), 0, 0, 0, 1, errors);
		}
		References references = References.preloaded(this.entityManager);
		Map<String, E> existing = new HashMap<>();
		for (E entity : service.findAll()) {
			existing.put(service.naturalKey(service.toForm(entity)), entity);
		}
		Map<String, Integer> seen = new HashMap<>();
		List<PlannedRow<E, F>> plan = new ArrayList<>();
		int created = 0;
		int changed = 0;
		int unchanged = 0;
		int errorRows = 0;
		int done = 0;
		for (Sheet.Row row : sheet.rows()) {
			F form = service.newForm();
			BindingResult binding = bind(form, row,
					fields.stream().filter((field) -> !absent.contains(field)).toList());
			String key = service.naturalKey(form);
			E matched = (key != null) ? existing.get(key) : null;
			keepAbsent(absent, form, matched, service);
			if (matched != null) {
				// The row is that record: checks that look for other records leave it
				// out.
				form.setId(matched.getId());
			}
			service.check(form, references, binding);
			if (key != null) {
				Integer first = seen.putIfAbsent(key, row.number());
				if (first != null) {
					binding.rejectValue(service.keyFields().get(0), "admin.import.duplicateKey", new Object[] { first },
							null);
				}
			}
			List<ImportError> rowErrors = errors(service, binding, row, fields);
			if (!rowErrors.isEmpty()) {
				errors.addAll(rowErrors);
				errorRows++;
			}
			else {
				E current = existing.get(key);
				if (current == null) {
					created++;
					plan.add(new PlannedRow<>(row.number(), key, form, null));
				}
				else if (FormSnapshot.diff(service.toForm(current), form).isEmpty()) {
					unchanged++;
				}
				else {
					changed++;
					plan.add(new PlannedRow<>(row.number(), key, form, current));
				}
			}
			progress.update(ImportProgress.Phase.CHECKING, ++done, sheet.rows().size());
		}
		ImportOutcome outcome = new ImportOutcome(sheet.rows().size(), created, changed, unchanged, errorRows, errors);
		if (writing != null) {
			if (!errors.isEmpty()) {
				throw new ImportRejectedException(outcome);
			}
			write(service, plan, references, writing, outcome, progress);
		}
		return outcome;
	}

	private <E extends AuditedEntity, F extends AdminForm> void write(AdminCrudService<E, F> service,
			List<PlannedRow<E, F>> plan, References references, Writing writing, ImportOutcome outcome,
			ImportProgress progress) {
		String type = service.section().name();
		List<AuditEntry> entries = new ArrayList<>();
		int done = 0;
		int batchStart = 0;
		for (PlannedRow<E, F> row : plan) {
			try {
				E entity = row.current();
				Map<String, FieldChange> changes;
				if (entity == null) {
					entity = service.newEntity();
					service.apply(row.form(), entity, references);
					this.entityManager.persist(entity);
					changes = FormSnapshot.whole(row.form(), true);
				}
				else {
					F before = service.toForm(entity);
					service.apply(row.form(), entity, references);
					changes = FormSnapshot.diff(before, service.toForm(entity));
				}
				entries.add(AuditEntry.of(writing.actor(), AuditAction.IMPORT, type, entity.getId(),
						service.label(entity), changes));
				if (++done % FLUSH_EVERY == 0) {
					this.entityManager.flush();
					batchStart = done;
				}
			}
			catch (PersistenceException ex) {
				throw refused(ex, plan, batchStart, done, outcome);
			}
			progress.update(ImportProgress.Phase.SAVING, done, plan.size());
		}
		try {
			this.entityManager.flush();
		}
		catch (PersistenceException ex) {
			throw refused(ex, plan, batchStart, done, outcome);
		}
		entries.add(AuditEntry.of(writing.actor(), AuditAction.IMPORT, type, null,
				writing.fileName() + " (+" + outcome.created() + " / ~" + outcome.changed() + ")", Map.of()));
		this.audit.recordAll(entries);
	}

	/**
	 * The database refused a row the checks let through, e.g. after a concurrent edit.
	 */
	private ImportRejectedException refused(PersistenceException ex, List<? extends PlannedRow<?, ?>> plan, int from,
			int to, ImportOutcome outcome) {
		int first = plan.get(Math.min(from, plan.size() - 1)).number();
		int last = plan.get(Math.max(Math.min(to, plan.size()) - 1, 0)).number();
		ConstraintMessages.Violation violation = this.constraints.explain(ex);
		String column = (violation.field() != null) ? Columns.column(violation.field()) : "";
		ImportError error = new ImportError(first, column,
				this.messages.getMessage("admin.import.refusedRows",
						new Object[] { first, last, this.constraints.message(ex, CHINESE) }, CHINESE),
				this.messages.getMessage("admin.import.refusedRows",
						new Object[] { first, last, this.constraints.message(ex, Locale.ENGLISH) }, Locale.ENGLISH));
		return new ImportRejectedException(new ImportOutcome(outcome.rows(), 0, 0, 0, 1, List.of(error)));
	}

	/** A column the file leaves out keeps the record's value. */
	private <E extends AuditedEntity, F extends AdminForm> void keepAbsent(List<String> absent, F form, E current,
			AdminCrudService<E, F> service) {
		if (current == null || absent.isEmpty()) {
			return;
		}
		BeanWrapper target = PropertyAccessorFactory.forBeanPropertyAccess(form);
		BeanWrapper source = PropertyAccessorFactory.forBeanPropertyAccess(service.toForm(current));
		absent.forEach((field) -> target.setPropertyValue(field, source.getPropertyValue(field)));
	}

	private List<ImportError> headerErrors(List<String> fields, List<String> absent, Sheet sheet) {
		List<String> expected = fields.stream().map(Columns::column).toList();
		Set<String> present = new LinkedHashSet<>(sheet.columns());
		List<String> missing = fields.stream()
			.filter((field) -> !absent.contains(field))
			.map(Columns::column)
			.filter((column) -> !present.contains(column))
			.toList();
		List<String> unknown = sheet.columns()
			.stream()
			.filter((column) -> !column.isEmpty() && !expected.contains(column))
			.toList();
		List<ImportError> errors = new ArrayList<>();
		if (!missing.isEmpty()) {
			errors.add(error(1, "", "admin.import.missingColumns", String.join(", ", missing)));
		}
		if (!unknown.isEmpty()) {
			errors.add(error(1, "", "admin.import.unknownColumns", String.join(", ", unknown)));
		}
		if (sheet.columns().size() != present.size()) {
			errors.add(error(1, "", "admin.import.repeatedColumns"));
		}
		return errors;
	}

	private BindingResult bind(AdminForm form, Sheet.Row row, List<String> fields) {
		DataBinder binder = new DataBinder(form, "form");
		binder.setConversionService(this.conversion);
		binder.registerCustomEditor(String.class, new TextEditor());
		binder.registerCustomEditor(Boolean.class, new FlagEditor());
		AmountEditor.register(binder);
		binder.setAllowedFields(fields.toArray(String[]::new));
		MutablePropertyValues values = new MutablePropertyValues();
		for (String field : fields) {
			values.add(field, row.cells().getOrDefault(Columns.column(field), ""));
		}
		binder.bind(values);
		binder.setValidator(this.validator);
		binder.validate();
		return binder.getBindingResult();
	}

	/** A row's problems, those of the whole row first, then column by column. */
	private List<ImportError> errors(AdminCrudService<?, ?> service, BindingResult binding, Sheet.Row row,
			List<String> fields) {
		List<ImportError> errors = new ArrayList<>();
		for (ObjectError error : binding.getGlobalErrors()) {
			errors.add(new ImportError(row.number(), "", this.messages.getMessage(error, CHINESE),
					this.messages.getMessage(error, Locale.ENGLISH)));
		}
		binding.getFieldErrors()
			.stream()
			.sorted(Comparator.comparingInt((FieldError error) -> fields.indexOf(error.getField())))
			.forEach((error) -> errors.add(fieldError(service, row.number(), error)));
		row.cells()
			.keySet()
			.stream()
			.filter((column) -> column.startsWith("#"))
			.forEach((column) -> errors.add(error(row.number(), column, "admin.import.cellWithoutColumn")));
		return errors;
	}

	/**
	 * A field's problem; a value that is none of a field's choices is named, with the
	 * values that are.
	 */
	private ImportError fieldError(AdminCrudService<?, ?> service, int row, FieldError error) {
		String column = Columns.column(error.getField());
		String rejected = FormSnapshot.text(error.getRejectedValue());
		Map<String, String> chinese = service.choicesOf(error.getField(), CHINESE);
		if (!chinese.isEmpty() && !rejected.isEmpty() && !chinese.containsKey(rejected)) {
			return new ImportError(row, column, notAChoice(rejected, chinese, "、", CHINESE),
					notAChoice(rejected, service.choicesOf(error.getField(), Locale.ENGLISH), ", ", Locale.ENGLISH));
		}
		return new ImportError(row, column, resolve(error, CHINESE), resolve(error, Locale.ENGLISH));
	}

	private String notAChoice(String rejected, Map<String, String> choices, String separator, Locale locale) {
		String allowed = choices.entrySet()
			.stream()
			.map((choice) -> choice.getKey().equals(choice.getValue()) ? choice.getKey()
					: choice.getKey() + " (" + choice.getValue() + ")")
			.collect(Collectors.joining(separator));
		return this.messages.getMessage("admin.import.notAChoice", new Object[] { rejected, allowed }, locale);
	}

	private String resolve(MessageSourceResolvable error, Locale locale) {
		return this.messages.getMessage(error, locale);
	}

	private ImportError error(int row, String column, String key, Object... arguments) {
		return new ImportError(row, column, this.messages.getMessage(key, arguments, CHINESE),
				this.messages.getMessage(key, arguments, Locale.ENGLISH));
	}

	private record PlannedRow<E, F>(int number, String key, F form, E current) {

	}

	private record Writing(String actor, String fileName) {

	}

}
