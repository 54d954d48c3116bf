package org.craftsman.portal.area.admin;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.admin.AdminForm;
import org.craftsman.portal.area.AreaKind;

public class AreaForm extends AdminForm {

	@NotBlank
	@Size(max = 20)
	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*")
	private String code;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 200)
	private String nameEn;

	@NotNull
	private AreaKind kind = AreaKind.OFFLINE;

	@NotBlank
	@Size(max = 100)
	private String hall;

	@Size(max = 100)
	private String hallEn;

	@NotNull
	@DecimalMin("0.00")
	@DecimalMax("99999999.99")
	@Digits(integer = 8, fraction = 2)
	private BigDecimal floorArea = BigDecimal.ZERO;

	@Size(max = 200)
	private String theme;

	@Size(max = 200)
	private String themeEn;

	@Size(max = 5000)
	private String description;

	@Size(max = 5000)
	private String descriptionEn;

	@Min(-1_000_000)
	@Max(1_000_000)
	private Integer displayOrder = 0;

	@Size(max = 20)
	private String planHallCode;

	@Min(0)
	@Max(1000)
	private Integer planX;

	@Min(0)
	@Max(1000)
	private Integer planY;

	@Min(1)
	@Max(1000)
	private Integer planWidth;

	@Min(1)
	@Max(1000)
	private Integer planHeight;

	/**
	 * The floor-plan placement may be left out of an import: the area keeps its place.
	 */
	@Override
	public java.util.List<String> optionalFields() {
		return java.util.List.of("planHallCode", "planX", "planY", "planWidth", "planHeight");
	}

	public String getPlanHallCode() {
		return this.planHallCode;
	}

	public void setPlanHallCode(String planHallCode) {
		this.planHallCode = planHallCode;
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

	/** Whether any part of a floor-plan placement is given. */
	public boolean placed() {
		return this.planHallCode != null && !this.planHallCode.isBlank() || this.planX != null || this.planY != null
				|| this.planWidth != null || this.planHeight != null;
	}

	/** Whether every part of a floor-plan placement is given. */
	public boolean placedCompletely() {
		return this.planHallCode != null && !this.planHallCode.isBlank() && this.planX != null && this.planY != null
				&& this.planWidth != null && this.planHeight != null;
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

	public Integer getDisplayOrder() {
		return this.displayOrder;
	}

	public void setDisplayOrder(Integer displayOrder) {
		this.displayOrder = (displayOrder != null) ? displayOrder : 0;
	}

}
