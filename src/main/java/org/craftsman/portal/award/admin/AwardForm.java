package org.craftsman.portal.award.admin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.admin.AdminForm;
import org.craftsman.portal.award.RecipientKind;

/**
 * An award or honour as organizers define it.
 */
public class AwardForm extends AdminForm {

	@NotBlank
	@Size(max = 40)
	private String code;

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 200)
	private String nameEn;

	@NotNull
	private RecipientKind recipientKind = RecipientKind.PERSON;

	@Min(-1_000_000)
	@Max(1_000_000)
	private Integer displayOrder = 0;

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

	public RecipientKind getRecipientKind() {
		return this.recipientKind;
	}

	public void setRecipientKind(RecipientKind recipientKind) {
		this.recipientKind = recipientKind;
	}

	public Integer getDisplayOrder() {
		return this.displayOrder;
	}

	public void setDisplayOrder(Integer displayOrder) {
		this.displayOrder = (displayOrder != null) ? displayOrder : 0;
	}

}
