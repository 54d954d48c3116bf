package org.craftsman.portal.inquiry.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.admin.AdminForm;
import org.craftsman.portal.inquiry.InquiryKind;
import org.craftsman.portal.inquiry.InquiryStatus;

/**
 * An inquiry as organizers work it: what the inquirer sent (which organizers may
 * correct), where the work stands, and their notes. Its result is named by code.
 */
public class InquiryForm extends AdminForm {

	/** The phone numbers an inquiry takes: digits with spaces, brackets or hyphens. */
	static final String PHONE = "\\+?[0-9][0-9 ()-]{4,28}";

	@NotBlank
	@Size(max = 30)
	private String resultCode;

	@NotBlank
	@Size(max = 200)
	private String organizationName;

	@NotBlank
	@Size(max = 100)
	private String contactPerson;

	@Size(max = 30)
	@Pattern(regexp = InquiryForm.PHONE)
	private String phone;

	@Size(max = 254)
	@Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
	private String email;

	@NotNull
	private InquiryKind kind = InquiryKind.LICENCE;

	@NotBlank
	@Size(max = 2000)
	private String message;

	@NotNull
	private InquiryStatus status = InquiryStatus.NEW;

	@Size(max = 4000)
	private String notes;

	public String getResultCode() {
		return this.resultCode;
	}

	public void setResultCode(String resultCode) {
		this.resultCode = resultCode;
	}

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

	public InquiryStatus getStatus() {
		return this.status;
	}

	public void setStatus(InquiryStatus status) {
		this.status = status;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
