package org.craftsman.portal.organization.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.admin.AdminForm;
import org.craftsman.portal.organization.OrganizationKind;

/**
 * An organization as organizers enter it: its region comes from the portal's list of
 * regions.
 */
public class OrganizationForm extends AdminForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@Size(max = 200)
	private String nameEn;

	@NotNull
	private OrganizationKind kind = OrganizationKind.ENTERPRISE;

	@NotBlank
	@Size(max = 50)
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
