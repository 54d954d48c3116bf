package org.craftsman.portal.demo;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * One row of the demo data set, as a record whose components are the table's columns:
 * each component named like its column in camel case ({@code nameEn} for
 * {@code name_en}), in the order of the insert.
 */
interface DemoRow {

	String table();

	default List<String> columns() {
		return Layout.OF.get(getClass()).columns();
	}

	default Object[] values() {
		Method[] accessors = Layout.OF.get(getClass()).accessors();
		Object[] values = new Object[accessors.length];
		for (int i = 0; i < accessors.length; i++) {
			values[i] = valueOf(accessors[i]);
		}
		return values;
	}

	private Object valueOf(Method accessor) {
		try {
			return accessor.invoke(this);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + accessor, ex);
		}
	}

	/** The columns and component accessors of a row type, read once per type. */
	record Layout(List<String> columns, Method[] accessors) {

		static final ClassValue<Layout> OF = new ClassValue<>() {
			@Override
			protected Layout computeValue(Class<?> type) {
				RecordComponent[] components = type.getRecordComponents();
				List<String> columns = Arrays.stream(components).map((c) -> snakeCase(c.getName())).toList();
				return new Layout(columns,
						Arrays.stream(components).map(RecordComponent::getAccessor).toArray(Method[]::new));
			}
		};

		private static String snakeCase(String name) {
			return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
		}

	}

}
