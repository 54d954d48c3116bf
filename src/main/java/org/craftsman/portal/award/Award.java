package org.craftsman.portal.award;

import org.craftsman.portal.common.NaturalKey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.common.AuditedEntity;

/**
 * An award or honour the conference announces, such as the technical achievement award or
 * the best organization unit honour.
 */
@Entity
@Table(name = "awards")
public class Award extends AuditedEntity {

	/** How forms and spreadsheets name award records. */
	public static final NaturalKey<Award> BY_CODE = new NaturalKey<>(Award.class, "code", Award::getCode);

	@NotBlank
	@Size(max = 40)
	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*")
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
	@Column(name = "recipient_kind", nullable = false)
	private RecipientKind recipientKind;

	@Column(name = "display_order", nullable = false)
	private int displayOrder;

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

	public int getDisplayOrder() {
		return this.displayOrder;
	}

	public void setDisplayOrder(int displayOrder) {
		this.displayOrder = displayOrder;
	}

}
