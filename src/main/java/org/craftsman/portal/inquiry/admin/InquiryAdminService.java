package org.craftsman.portal.inquiry.admin;

import java.util.ArrayList;
import java.util.List;

import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.FormFields;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.References;
import org.craftsman.portal.inquiry.Inquiry;
import org.craftsman.portal.inquiry.InquiryService;
import org.craftsman.portal.inquiry.InquiryStatus;
import org.craftsman.portal.result.InnovationResult;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The organizers' work on inquiries: every change is checked, audited and guarded against
 * a newer save by someone else, as in every admin section; the status moves only along
 * {@link InquiryStatus#next()}.
 */
@Service
public class InquiryAdminService extends AdminCrudService<Inquiry, InquiryForm> {

	/** The admin section editing these records. Not carried by spreadsheet imports. */
	static final AdminSection SECTION = new AdminSection(InquiryService.ENTITY_TYPE, "inquiries", "inquiries/admin", 9,
			null);

	private final InquiryAdminRepository inquiries;

	InquiryAdminService(InquiryAdminRepository inquiries) {
		super(SECTION, inquiries);
		this.inquiries = inquiries;
	}

	@Override
	public InquiryForm newForm() {
		return new InquiryForm();
	}

	@Override
	public InquiryForm toForm(Inquiry inquiry) {
		InquiryForm form = new InquiryForm();
		form.setId(inquiry.getId());
		form.setVersion(inquiry.getVersion());
		FormFields.copy(inquiry, form, fieldsOnEntity(form));
		form.setResultCode(inquiry.getResult().getCode());
		return form;
	}

	private static List<String> fieldsOnEntity(InquiryForm form) {
		List<String> fields = new ArrayList<>(form.fieldNames());
		fields.remove("resultCode");
		return fields;
	}

	@Override
	public String label(Inquiry inquiry) {
		return InquiryService.label(inquiry.getId(), inquiry.getResult().getCode());
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Inquiry> list(String search, Pageable pageable) {
		return list(InquiryFilter.NONE, search, pageable);
	}

	/** One page of the inquiries a filter and a search text select, newest first. */
	@Transactional(readOnly = true)
	public Page<Inquiry> list(InquiryFilter filter, String search, Pageable pageable) {
		return this.inquiries.search(filter.status(), filter.resultCode(), filter.areaCode(),
				Listing.likePattern(search), pageable);
	}

	/** Every inquiry a filter selects, for an export. */
	@Transactional(readOnly = true)
	public List<Inquiry> all(InquiryFilter filter) {
		return this.inquiries
			.search(filter.status(), filter.resultCode(), filter.areaCode(), Listing.likePattern(null),
					Pageable.unpaged())
			.getContent();
	}

	@Override
	public Inquiry newEntity() {
		return new Inquiry();
	}

	@Override
	public void check(InquiryForm form, References references, Errors errors) {
		if (form.getResultCode() != null && references.find(InnovationResult.BY_CODE, form.getResultCode()) == null) {
			errors.rejectValue("resultCode", "admin.error.unknownResult", new Object[] { form.getResultCode() }, null);
		}
		if (form.getPhone() == null && form.getEmail() == null && !errors.hasFieldErrors("phone")
				&& !errors.hasFieldErrors("email")) {
			errors.rejectValue("phone", "inquiry.error.reachable");
		}
		InquiryStatus now = currentStatus(form);
		if (form.getStatus() != null && now != null && !now.mayBecome(form.getStatus())) {
			errors.rejectValue("status", "admin.inquiries.illegalStep",
					new Object[] { describe("status", now.name()), describe("status", form.getStatus().name()) }, null);
		}
		if (form.getId() == null && form.getStatus() != null && form.getStatus() != InquiryStatus.NEW) {
			errors.rejectValue("status", "admin.inquiries.startsNew");
		}
	}

	/** The status the record has in the database now; null for a new record. */
	private InquiryStatus currentStatus(InquiryForm form) {
		if (form.getId() == null) {
			return null;
		}
		Inquiry stored = this.entityManager.find(Inquiry.class, form.getId());
		return (stored != null) ? stored.getStatus() : null;
	}

	/**
	 * The statuses the form of a record offers: those its stored status may move to (its
	 * own included); a new record starts as new.
	 */
	@Transactional(readOnly = true)
	public List<InquiryStatus> allowedStatuses(Long id) {
		Inquiry stored = (id != null) ? this.entityManager.find(Inquiry.class, id) : null;
		if (stored == null) {
			return List.of(InquiryStatus.NEW);
		}
		List<InquiryStatus> allowed = new ArrayList<>();
		allowed.add(stored.getStatus());
		allowed.addAll(stored.getStatus().next());
		return allowed;
	}

	@Override
	public void apply(InquiryForm form, Inquiry inquiry, References references) {
		FormFields.copy(form, inquiry, fieldsOnEntity(form));
		inquiry.setResult(references.find(InnovationResult.BY_CODE, form.getResultCode()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Inquiry> findAll() {
		return this.inquiries.findAllWithRelations();
	}

}
