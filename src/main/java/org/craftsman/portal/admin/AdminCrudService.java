package org.craftsman.portal.admin;

import org.craftsman.portal.media.MediaDirectory;
import org.craftsman.portal.media.MediaUser;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.craftsman.portal.admin.audit.AuditAction;
import org.craftsman.portal.admin.audit.AuditLog;
import org.craftsman.portal.admin.audit.FieldChange;
import org.craftsman.portal.common.AuditedEntity;
import org.craftsman.portal.common.web.Localized;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.server.ResponseStatusException;

/**
 * Create, update and delete for one admin section, the same way for every kind of record:
 * checks that need the database, optimistic locking against the version the organizer
 * started from, refusal to delete what is still referenced, and an audit entry for every
 * change in the same transaction.
 *
 * @param <E> the entity
 * @param <F> its form
 */
public abstract class AdminCrudService<E extends AuditedEntity, F extends AdminForm> implements MediaUser {

	@PersistenceContext
	protected EntityManager entityManager;

	protected AuditLog audit;

	private MessageSource messages;

	protected Localized l10n;

	private MediaDirectory media;

	/**
	 * What every section uses, given once so that feature services name only their own.
	 */
	@Autowired
	final void useSharedParts(AuditLog audit, MessageSource messages, Localized l10n, MediaDirectory media) {
		this.audit = audit;
		this.messages = messages;
		this.l10n = l10n;
		this.media = media;
	}

	private final Map<String, Class<?>> fieldTypes = new ConcurrentHashMap<>();

	private final AdminSection section;

	private final JpaRepository<E, Long> repository;

	protected AdminCrudService(AdminSection section, JpaRepository<E, Long> repository) {
		this.section = section;
		this.repository = repository;
	}

	public AdminSection section() {
		return this.section;
	}

	/** How many records the section holds, for the admin's front page. */
	public long recordCount() {
		return this.repository.count();
	}

	/** A blank form with the defaults a new record starts from. */
	public abstract F newForm();

	/** The record as its form shows it. */
	public abstract F toForm(E entity);

	/**
	 * How the record reads to a person in lists, messages and the audit log: by its human
	 * name in the reader's language, never by an internal code.
	 */
	public abstract String label(E entity);

	/**
	 * How a field's value, as {@link FormSnapshot} writes it, reads to a person: choices
	 * by their labels ({@code admin.enum.<Type>.<CONSTANT>}), flags as yes or no,
	 * anything else as it is.
	 */
	public String describe(String field, String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		Class<?> type = fieldType(field);
		if (type.isEnum()) {
			return message("admin.enum." + type.getSimpleName() + "." + value, value);
		}
		if (type == Boolean.class || type == boolean.class) {
			return message("true".equals(value) ? "admin.yes" : "admin.no", value);
		}
		return value;
	}

	/**
	 * The values a field accepts when it offers a fixed choice, each with its label in a
	 * language; empty for a field that takes any value. An enum field offers its
	 * constants.
	 */
	public Map<String, String> choicesOf(String field, Locale locale) {
		Class<?> type = fieldType(field);
		if (!type.isEnum()) {
			return Map.of();
		}
		Map<String, String> choices = new LinkedHashMap<>();
		for (Object constant : type.getEnumConstants()) {
			String name = ((Enum<?>) constant).name();
			choices.put(name,
					this.messages.getMessage("admin.enum." + type.getSimpleName() + "." + name, null, name, locale));
		}
		return choices;
	}

	/**
	 * The choices of a field holding a Chinese name from a vocabulary (regions,
	 * categories): English readers see the English name too.
	 */
	protected static Map<String, String> vocabulary(Map<String, String> english, Locale locale) {
		Map<String, String> choices = new LinkedHashMap<>();
		english.forEach((chinese, name) -> choices.put(chinese, Localized.isEnglish(locale) ? name : chinese));
		return choices;
	}

	/**
	 * Notes on a form's values for its page and for the message after a save: how a value
	 * was understood, or a warning about an unusual one.
	 */
	public List<FieldNote> notes(F form) {
		return List.of();
	}

	/** The notes on a saved record. */
	@Transactional(readOnly = true)
	public List<FieldNote> notesOf(long id) {
		return notes(toForm(find(id)));
	}

	/** A label in the reader's language. */
	protected String message(String key, String fallback, Object... arguments) {
		return this.messages.getMessage(key, arguments, fallback, LocaleContextHolder.getLocale());
	}

	private Class<?> fieldType(String field) {
		return this.fieldTypes.computeIfAbsent(field, (name) -> {
			BeanWrapper form = PropertyAccessorFactory.forBeanPropertyAccess(newForm());
			Class<?> type = form.isReadableProperty(name) ? form.getPropertyType(name) : null;
			return (type != null) ? type : String.class;
		});
	}

	/** One page of the section's list, filtered by a search text (may be empty). */
	public abstract Page<E> list(String search, Pageable pageable);

	/** A new, empty entity for {@link #apply} to fill. */
	public abstract E newEntity();

	/**
	 * The natural key of a form's record (a code, a contract number...), by which an
	 * import recognises a record it has seen before; null when the section has none.
	 */
	public String naturalKey(F form) {
		return null;
	}

	/** The form fields that make up the natural key. */
	public List<String> keyFields() {
		return List.of();
	}

	/** Every record of the section, with what {@link #toForm} reads, in one query. */
	@Transactional(readOnly = true)
	public List<E> findAll() {
		return this.repository.findAll(org.springframework.data.domain.Sort.by("id"));
	}

	/**
	 * Checks what needs the database or several fields (related records exist, rules
	 * across fields), putting any problem on its field. Changes nothing.
	 */
	public abstract void check(F form, References references, Errors errors);

	/** Copies a checked form into the entity. */
	public abstract void apply(F form, E entity, References references);

	/** The addresses of the uploaded files a record uses. */
	protected Set<String> mediaOf(E entity) {
		return Set.of();
	}

	/**
	 * Native SQL selecting the media address of every record of the section, one column;
	 * null for a section without media.
	 */
	protected String mediaInUseQuery() {
		return null;
	}

	/** The media addresses the section's records use. */
	@Override
	@Transactional(readOnly = true)
	public Set<String> mediaInUse() {
		String query = mediaInUseQuery();
		if (query == null) {
			return Set.of();
		}
		Set<String> addresses = new HashSet<>();
		for (Object address : this.entityManager.createNativeQuery(query).getResultList()) {
			if (address != null) {
				addresses.add(address.toString());
			}
		}
		return addresses;
	}

	/** What still points to the record and stops its deletion. */
	protected List<Reference> referencesTo(E entity) {
		return List.of();
	}

	/**
	 * Runs the checks that need the database on a form already refused for other reasons,
	 * so that one save shows every problem at once. A field that already has a problem
	 * keeps only that one.
	 */
	@Transactional(readOnly = true)
	public void checkAlongside(F form, BindingResult binding) {
		BindingResult all = new BeanPropertyBindingResult(form, binding.getObjectName());
		all.addAllErrors(binding);
		List<ObjectError> known = binding.getAllErrors();
		check(form, References.onDemand(this.entityManager), all);
		for (ObjectError error : all.getAllErrors()) {
			boolean fieldHasOne = error instanceof FieldError field && binding.hasFieldErrors(field.getField());
			if (!known.contains(error) && !fieldHasOne) {
				binding.addError(error);
			}
		}
	}

	@Transactional(readOnly = true)
	public F edit(long id) {
		return toForm(find(id));
	}

	@Transactional(readOnly = true)
	public String labelOf(long id) {
		return label(find(id));
	}

	@Transactional(readOnly = true)
	public DeletionCheck deletionCheck(long id) {
		E entity = find(id);
		return new DeletionCheck(entity.getId(), entity.getVersion(), label(entity), blocking(entity));
	}

	@Transactional
	public E create(F form, Errors errors) {
		References references = References.onDemand(this.entityManager);
		checkOrReject(form, references, errors);
		E entity = newEntity();
		apply(form, entity, references);
		this.repository.saveAndFlush(entity);
		this.audit.record(AuditAction.CREATE, this.section.name(), entity.getId(), label(entity),
				FormSnapshot.whole(toForm(entity), true));
		return entity;
	}

	@Transactional
	public E update(long id, F form, Errors errors) {
		E entity = find(id);
		F before = toForm(entity);
		if (!Objects.equals(form.getVersion(), entity.getVersion())) {
			throw stale(entity, before);
		}
		References references = References.onDemand(this.entityManager);
		checkOrReject(form, references, errors);
		Set<String> mediaBefore = mediaOf(entity);
		apply(form, entity, references);
		discardUnused(mediaBefore, mediaOf(entity));
		Map<String, FieldChange> changes = FormSnapshot.diff(before, toForm(entity));
		if (!changes.isEmpty()) {
			try {
				this.repository.saveAndFlush(entity);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				throw new StaleEditException(null, null, null);
			}
			this.audit.record(AuditAction.UPDATE, this.section.name(), entity.getId(), label(entity), changes);
		}
		return entity;
	}

	@Transactional
	public String delete(long id, Integer version) {
		E entity = find(id);
		if (!Objects.equals(version, entity.getVersion())) {
			throw stale(entity, toForm(entity));
		}
		List<Reference> blocking = blocking(entity);
		if (!blocking.isEmpty()) {
			throw new StillReferencedException(blocking);
		}
		String label = label(entity);
		Map<String, FieldChange> removed = FormSnapshot.whole(toForm(entity), false);
		discardUnused(mediaOf(entity), Set.of());
		this.repository.delete(entity);
		this.repository.flush();
		this.audit.record(AuditAction.DELETE, this.section.name(), id, label, removed);
		return label;
	}

	private void discardUnused(Set<String> before, Set<String> after) {
		before.stream().filter((address) -> !after.contains(address)).forEach(this.media::discardAfterCommit);
	}

	protected E find(long id) {
		return this.repository.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private void checkOrReject(F form, References references, Errors errors) {
		check(form, references, errors);
		if (errors.hasErrors()) {
			throw new FormRejectedException();
		}
	}

	private List<Reference> blocking(E entity) {
		return referencesTo(entity).stream().filter((reference) -> reference.count() > 0).toList();
	}

	private StaleEditException stale(E entity, F current) {
		Optional<AuditLog.LastChange> last = this.audit.lastChange(this.section.name(), entity.getId());
		return new StaleEditException(current, last.map(AuditLog.LastChange::actor).orElse(null),
				last.map(AuditLog.LastChange::at).orElse(entity.getUpdatedAt()));
	}

	/** Counts a query's rows: for {@link #referencesTo}. */
	protected long count(String jpql, Object entity) {
		return this.entityManager.createQuery(jpql, Long.class).setParameter("entity", entity).getSingleResult();
	}

	/**
	 * Whether a record may be deleted, with what stops it.
	 *
	 * @param id the record
	 * @param version the version shown on the confirmation page
	 * @param label how the record reads
	 * @param blocking what still points to it (empty when it may go)
	 */
	public record DeletionCheck(long id, int version, String label, List<Reference> blocking) {

	}

}
