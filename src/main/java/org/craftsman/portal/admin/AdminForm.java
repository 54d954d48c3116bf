package org.craftsman.portal.admin;

import java.util.List;

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
	 * enum, flag, or the natural key of a related record).
	 */
	public abstract List<String> fieldNames();

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
