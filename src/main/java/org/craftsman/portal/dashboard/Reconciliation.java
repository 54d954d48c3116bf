package org.craftsman.portal.dashboard;

import java.util.List;

/**
 * Whether the rows of a breakdown add up to the total it breaks down, which is read from
 * a separately maintained source.
 *
 * @param differences the measures that do not add up; empty when everything does
 */
public record Reconciliation(List<String> differences) {

	public static Reconciliation of(List<String> differences) {
		return new Reconciliation(List.copyOf(differences));
	}

	public boolean reconciled() {
		return this.differences.isEmpty();
	}

}
