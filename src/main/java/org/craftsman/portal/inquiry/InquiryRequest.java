package org.craftsman.portal.inquiry;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The inquiry form on a result's page. {@code website} is a field people never see
 * (hidden by the stylesheet and from screen readers): a script filling in every field
 * fills it in too.
 */
public class InquiryRequest {

	/** The phone numbers the form takes: digits with spaces, brackets or hyphens. */
	static final String PHONE = "\\+?[0-9][0-9 ()-]{4,28}";

	@NotBlank
	@Size(max = 200)
	private String organizationName;

	@NotBlank
	@Size(max = 100)
	private String contactPerson;

	@Size(max = 30)
	@Pattern(regexp = PHONE)
	private String phone;

	@Size(max = 254)
	@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
	private String email;

	@NotNull
	private InquiryKind kind;

	@NotBlank
	@Size(max = 2000)
	private String message;

	private String website;

	public String getOrganizationName() {
		return this.organizationName;
	}

	public void setOrganizationName(String organizationName) {
		this.organizationName = organizationName;
	}

	public String getContactPerson() {
		return this.contactPerson;
	}

	public void setContactPerson(String contactPerson) {
		this.contactPerson = contactPerson;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public InquiryKind getKind() {
		return this.kind;
	}

	public void setKind(InquiryKind kind) {
		this.kind = kind;
	}

	public String getMessage() {
		return this.message;
	}

	public void setMessage(String message) {
		this.message = message;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	/** Whether the hidden field was filled in: a script, not a person. */
	public boolean filledByScript() {
		return this.website != null && !this.website.isBlank();
	}

}
