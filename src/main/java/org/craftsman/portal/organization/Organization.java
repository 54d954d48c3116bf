package org.craftsman.portal.organization;

import org.craftsman.portal.common.NaturalKey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.common.AuditedEntity;

/**
 * A work unit, trade-union federation, company or institute that innovators belong to,
 * that signs contracts or that receives an honour.
 */
@Entity
@Table(name = "organizations")
public class Organization extends AuditedEntity {

	/** How forms and spreadsheets name organization records. */
	public static final NaturalKey<Organization> BY_NAME = new NaturalKey<>(Organization.class, "name",
			Organization::getName);

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
	private OrganizationKind kind;

	@NotBlank
	@Size(max = 50)
	@Column(nullable = false)
	private String region;

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

	public OrganizationKind getKind() {
		return this.kind;
	}

	public void setKind(OrganizationKind kind) {
		this.kind = kind;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

}
