package org.craftsman.portal.dashboard;

/**
 * One headline figure as the dashboard and the big screen show it, in the reader's
 * language.
 *
 * @param key what the figure is ({@code contracts}, {@code likes}...), for scripts and
 * tests
 * @param label its caption
 * @param value the figure, large
 * @param detail a line under it (the exact number under a rounded one), or {@code null}
 * @param accent whether it is one of the figures the page stresses
 */
public record Figure(String key, String label, String value, String detail, boolean accent) {

	static Figure of(String key, String label, String value) {
		return new Figure(key, label, value, null, false);
	}

	Figure accented() {
		return new Figure(this.key, this.label, this.value, this.detail, true);
	}

}
