package org.craftsman.portal.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.craftsman.portal.common.NaturalKey;

/**
 * Finds the records a form names by their {@link NaturalKey natural keys}. A form looks
 * up each name once; an import loads every record of a kind with one query the first time
 * a row names one (while its rows are checked, before anything is written), and then
 * answers from memory.
 */
public final class References {

	private final EntityManager entityManager;

	private final boolean preload;

	private final Map<Class<?>, Map<String, Object>> cache = new HashMap<>();

	private References(EntityManager entityManager, boolean preload) {
		this.entityManager = entityManager;
		this.preload = preload;
	}

	/** Looks up each name as it is asked for: for one form. */
	public static References onDemand(EntityManager entityManager) {
		return new References(entityManager, false);
	}

	/** Loads all records of a kind on first use: for thousands of rows. */
	public static References preloaded(EntityManager entityManager) {
		return new References(entityManager, true);
	}

	/** The record of a kind with the given key, or null when there is none. */
	public <T> T find(NaturalKey<T> naturalKey, String key) {
		return find(naturalKey.type(), naturalKey.attribute(), key, naturalKey.keyOf());
	}

	private <T> T find(Class<T> type, String keyAttribute, String key, Function<T, String> keyOf) {
		if (key == null || key.isBlank()) {
			return null;
		}
		Map<String, Object> known = this.cache.get(type);
		if (known == null) {
			known = new HashMap<>();
			this.cache.put(type, known);
			if (this.preload) {
				String query = "select e from " + type.getSimpleName() + " e";
				for (T entity : this.entityManager.createQuery(query, type).getResultList()) {
					known.put(keyOf.apply(entity), entity);
				}
			}
		}
		if (this.preload || known.containsKey(key)) {
			return type.cast(known.get(key));
		}
		String query = "select e from " + type.getSimpleName() + " e where e." + keyAttribute + " = :key";
		List<T> found = this.entityManager.createQuery(query, type).setParameter("key", key).getResultList();
		T entity = found.isEmpty() ? null : found.get(0);
		known.put(key, entity);
		return entity;
	}

}
