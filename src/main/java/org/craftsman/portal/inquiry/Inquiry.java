package org.craftsman.portal.inquiry;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.craftsman.portal.common.AuditedEntity;
import org.craftsman.portal.result.InnovationResult;

/**
 * A company's request to license, take over or develop a result further, with the contact
 * details organizers use to answer it (personal data, shown only in the admin).
 */
@Entity
@Table(name = "inquiries")
public class Inquiry extends AuditedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "result_id", nullable = false)
	private InnovationResult result;

	@Column(name = "organization_name", nullable = false)
	private String organizationName;

	@Column(name = "contact_person", nullable = false)
	private String contactPerson;

	private String phone;

	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InquiryKind kind;

	@Column(nullable = false)
	private String message;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InquiryStatus status = InquiryStatus.NEW;

	private String notes;

	@Column(name = "closed_at")
	private Instant closedAt;

	public InnovationResult getResult() {
		return this.result;
	}

	public void setResult(InnovationResult result) {
		this.result = result;
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

	/**
	 * Moves the inquiry to a status, noting when it closed (for the retention period).
	 */
	public void setStatus(InquiryStatus status) {
		if (status.closed() && !this.status.closed()) {
			this.closedAt = Instant.now();
		}
		else if (!status.closed()) {
			this.closedAt = null;
		}
		this.status = status;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

}
