package org.craftsman.portal.admin;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * What an admin form carries besides its fields: the record's id (none for a new record)
 * and the version the organizer started editing from, so that a save over someone else's
 * newer change is noticed instead of overwriting it.
 */
public abstract class AdminForm {

	private Long id;

	private Integer version;

	/**
	 * The editable fields in the order forms, audit entries and import columns list them.
	 * Each is a bean property of the form holding a plain value (text, number, date,
	 * enum, flag, or the natural key of a related record). They are the form class's own
	 * instance fields in declaration order (a subclass's after its superclass's), leaving
	 * out uploaded files.
	 */
	public List<String> fieldNames() {
		return FIELD_NAMES.get(getClass());
	}

	private static final ClassValue<List<String>> FIELD_NAMES = new ClassValue<>() {

		@Override
		protected List<String> computeValue(Class<?> type) {
			Deque<Class<?>> hierarchy = new ArrayDeque<>();
			for (Class<?> current = type; current != null
					&& current != AdminForm.class; current = current.getSuperclass()) {
				hierarchy.push(current);
			}
			List<String> names = new ArrayList<>();
			for (Class<?> declaring : hierarchy) {
				for (Field field : declaring.getDeclaredFields()) {
					if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()
							&& !MultipartFile.class.isAssignableFrom(field.getType())) {
						names.add(field.getName());
					}
				}
			}
			return List.copyOf(names);
		}

	};

	/**
	 * Fields whose column an import file may leave out; an existing record then keeps its
	 * value, a new one has none.
	 */
	public List<String> optionalFields() {
		return List.of();
	}

	/** Where a field's errors appear in the summary above the form: in form order. */
	public List<String> errorOrder() {
		return fieldNames();
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public boolean isNew() {
		return this.id == null;
	}

}
