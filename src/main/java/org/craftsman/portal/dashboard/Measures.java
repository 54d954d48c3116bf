package org.craftsman.portal.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What a breakdown counts for each group, and for the whole.
 *
 * @param results published results, or {@code null} where a period is chosen (results
 * have no signing date)
 * @param signedResults results with at least one contract (in the period, if one is
 * chosen)
 * @param contracts contracts
 * @param amount their amount in yuan, exact
 */
public record Measures(Long results, long signedResults, long contracts, BigDecimal amount) {

	public static final Measures NONE = new Measures(0L, 0, 0, BigDecimal.ZERO);

	Measures plus(Measures other) {
		Long sumOfResults = (this.results != null && other.results != null) ? this.results + other.results : null;
		return new Measures(sumOfResults, this.signedResults + other.signedResults, this.contracts + other.contracts,
				this.amount.add(other.amount));
	}

	static Measures sum(Collection<Measures> parts, boolean withResults) {
		Measures total = new Measures(withResults ? 0L : null, 0, 0, BigDecimal.ZERO);
		for (Measures part : parts) {
			total = total.plus(part);
		}
		return total;
	}

	/** The names of the measures in which this sum differs from the given total. */
	List<String> differencesFrom(Measures total) {
		List<String> differences = new ArrayList<>();
		if (this.results != null && total.results != null && !Objects.equals(this.results, total.results)) {
			differences.add("results");
		}
		if (this.signedResults != total.signedResults) {
			differences.add("signedResults");
		}
		if (this.contracts != total.contracts) {
			differences.add("contracts");
		}
		if (this.amount.compareTo(total.amount) != 0) {
			differences.add("amount");
		}
		return differences;
	}

}
