package org.craftsman.portal.area;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.craftsman.portal.common.AuditedEntity;
import org.craftsman.portal.common.NaturalKey;

/**
 * A hall of the venue's floor plan, in metres from the plan's top-left corner; offline
 * areas are placed inside it.
 */
@Entity
@Table(name = "venue_halls")
public class VenueHall extends AuditedEntity {

	/** How forms and spreadsheets name halls. */
	public static final NaturalKey<VenueHall> BY_CODE = new NaturalKey<>(VenueHall.class, "code", VenueHall::getCode);

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "plan_x", nullable = false)
	private int planX;

	@Column(name = "plan_y", nullable = false)
	private int planY;

	@Column(name = "plan_width", nullable = false)
	private int planWidth;

	@Column(name = "plan_height", nullable = false)
	private int planHeight;

	@Column(name = "display_order", nullable = false)
	private int displayOrder;

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public int getPlanX() {
		return this.planX;
	}

	public int getPlanY() {
		return this.planY;
	}

	public int getPlanWidth() {
		return this.planWidth;
	}

	public int getPlanHeight() {
		return this.planHeight;
	}

	public int getDisplayOrder() {
		return this.displayOrder;
	}

}
