package org.craftsman.portal.inquiry;

import java.util.List;

/**
 * Where organizers stand with an inquiry: new, contacted, negotiating, and then signed or
 * declined. An inquiry moves only forward along this path (it may be declined at any open
 * step); a closed one stays closed.
 */
public enum InquiryStatus {

	NEW, CONTACTED, NEGOTIATING, SIGNED, DECLINED;

	/** The statuses an inquiry in this status may move to next. */
	public List<InquiryStatus> next() {
		return switch (this) {
			case NEW -> List.of(CONTACTED, DECLINED);
			case CONTACTED -> List.of(NEGOTIATING, DECLINED);
			case NEGOTIATING -> List.of(SIGNED, DECLINED);
			case SIGNED, DECLINED -> List.of();
		};
	}

	/** Whether an inquiry may move from this status to another (staying is allowed). */
	public boolean mayBecome(InquiryStatus other) {
		return other == this || next().contains(other);
	}

	public boolean closed() {
		return this == SIGNED || this == DECLINED;
	}

}
