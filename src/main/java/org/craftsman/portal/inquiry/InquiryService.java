package org.craftsman.portal.inquiry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.craftsman.portal.admin.audit.AuditAction;
import org.craftsman.portal.admin.audit.AuditEntry;
import org.craftsman.portal.admin.audit.AuditLog;
import org.craftsman.portal.admin.audit.FieldChange;
import org.craftsman.portal.result.InnovationResult;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives inquiries from the public result pages. The audit log records that one
 * arrived, for which result and what for, but not who sent it: the contact details stay
 * in the inquiry alone, so that deleting it deletes them.
 */
@Service
public class InquiryService {

	/** What the audit log records as the entity type, and the admin section's name. */
	public static final String ENTITY_TYPE = "INQUIRIES";

	/** Who the audit log names for an inquiry a visitor sent. */
	static final String VISITOR = "visitor";

	@PersistenceContext
	private EntityManager entityManager;

	private final AuditLog audit;

	InquiryService(AuditLog audit) {
		this.audit = audit;
	}

	/** Stores an inquiry about a published result; false when there is no such result. */
	@Transactional
	public boolean receive(long resultId, InquiryRequest request) {
		InnovationResult result = this.entityManager.find(InnovationResult.class, resultId);
		if (result == null || !result.isPublished()) {
			return false;
		}
		Inquiry inquiry = new Inquiry();
		inquiry.setResult(result);
		inquiry.setOrganizationName(request.getOrganizationName());
		inquiry.setContactPerson(request.getContactPerson());
		inquiry.setPhone(request.getPhone());
		inquiry.setEmail(request.getEmail());
		inquiry.setKind(request.getKind());
		inquiry.setMessage(request.getMessage());
		this.entityManager.persist(inquiry);
		this.entityManager.flush();
		Map<String, FieldChange> recorded = new LinkedHashMap<>();
		recorded.put("resultCode", new FieldChange("", result.getCode()));
		recorded.put("kind", new FieldChange("", inquiry.getKind().name()));
		recorded.put("status", new FieldChange("", inquiry.getStatus().name()));
		this.audit.recordAll(List.of(AuditEntry.of(VISITOR, AuditAction.CREATE, ENTITY_TYPE, inquiry.getId(),
				label(inquiry.getId(), result.getCode()), recorded)));
		return true;
	}

	/**
	 * How an inquiry reads in lists and the audit log: by number and result, never by
	 * person.
	 */
	public static String label(long id, String resultCode) {
		return "#" + id + " · " + resultCode;
	}

}
