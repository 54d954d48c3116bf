package org.craftsman.portal.area;

import org.craftsman.portal.common.NaturalKey;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.common.AuditedEntity;

/**
 * An offline exchange area in a hall, or a zone of the online exhibition hall.
 */
@Entity
@Table(name = "exhibition_areas")
public class ExhibitionArea extends AuditedEntity {

	/** How forms and spreadsheets name exhibitionArea records. */
	public static final NaturalKey<ExhibitionArea> BY_CODE = new NaturalKey<>(ExhibitionArea.class, "code",
			ExhibitionArea::getCode);

	@NotBlank
	@Size(max = 20)
	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*")
	@Column(nullable = false)
	private String code;

	@NotBlank
	@Size(max = 200)
	@Column(nullable = false)
	private String name;

	@Size(max = 200)
	@Column(name = "name_en")
	private String nameEn;

	@NotNull
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AreaKind kind;

	@NotBlank
	@Size(max = 100)
	@Column(nullable = false)
	private String hall;

	@Size(max = 100)
	@Column(name = "hall_en")
	private String hallEn;

	@NotNull
	@DecimalMin("0.00")
	@DecimalMax("99999999.99")
	@Digits(integer = 8, fraction = 2)
	@Column(name = "floor_area", nullable = false, precision = 10, scale = 2)
	private BigDecimal floorArea = BigDecimal.ZERO;

	@Size(max = 200)
	private String theme;

	@Size(max = 200)
	@Column(name = "theme_en")
	private String themeEn;

	@Size(max = 5000)
	private String description;

	@Size(max = 5000)
	@Column(name = "description_en")
	private String descriptionEn;

	@Column(name = "display_order", nullable = false)
	private int displayOrder;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "plan_hall_id")
	private VenueHall planHall;

	@Column(name = "plan_x")
	private Integer planX;

	@Column(name = "plan_y")
	private Integer planY;

	@Column(name = "plan_width")
	private Integer planWidth;

	@Column(name = "plan_height")
	private Integer planHeight;

	public VenueHall getPlanHall() {
		return this.planHall;
	}

	public void setPlanHall(VenueHall planHall) {
		this.planHall = planHall;
	}

	public Integer getPlanX() {
		return this.planX;
	}

	public void setPlanX(Integer planX) {
		this.planX = planX;
	}

	public Integer getPlanY() {
		return this.planY;
	}

	public void setPlanY(Integer planY) {
		this.planY = planY;
	}

	public Integer getPlanWidth() {
		return this.planWidth;
	}

	public void setPlanWidth(Integer planWidth) {
		this.planWidth = planWidth;
	}

	public Integer getPlanHeight() {
		return this.planHeight;
	}

	public void setPlanHeight(Integer planHeight) {
		this.planHeight = planHeight;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public AreaKind getKind() {
		return this.kind;
	}

	public void setKind(AreaKind kind) {
		this.kind = kind;
	}

	public String getHall() {
		return this.hall;
	}

	public void setHall(String hall) {
		this.hall = hall;
	}

	public String getHallEn() {
		return this.hallEn;
	}

	public void setHallEn(String hallEn) {
		this.hallEn = hallEn;
	}

	public BigDecimal getFloorArea() {
		return this.floorArea;
	}

	public void setFloorArea(BigDecimal floorArea) {
		this.floorArea = floorArea;
	}

	public String getTheme() {
		return this.theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

	public String getThemeEn() {
		return this.themeEn;
	}

	public void setThemeEn(String themeEn) {
		this.themeEn = themeEn;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public int getDisplayOrder() {
		return this.displayOrder;
	}

	public void setDisplayOrder(int displayOrder) {
		this.displayOrder = displayOrder;
	}

}
