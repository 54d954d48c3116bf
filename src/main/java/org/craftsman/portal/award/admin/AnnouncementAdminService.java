package org.craftsman.portal.award.admin;

import org.craftsman.portal.organization.Organization;

import org.craftsman.portal.result.InnovationResult;

import java.util.List;
import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.FormFields;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.References;
import org.craftsman.portal.award.Award;
import org.craftsman.portal.award.AwardAnnouncement;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Award announcements: who received an award at which rank. What an announcement must
 * name follows its award: a person's name, an organization or a result.
 */
@Service
public class AnnouncementAdminService extends AdminCrudService<AwardAnnouncement, AnnouncementForm> {

	/** The admin section editing these records. */
	static final AdminSection SECTION = new AdminSection("ANNOUNCEMENTS", "awards/announcements",
			"awards/admin/announcements", 6, "awards");

	private final AnnouncementAdminRepository announcements;

	private final AwardChoices choices;

	AnnouncementAdminService(AnnouncementAdminRepository announcements, AwardChoices choices) {
		super(SECTION, announcements);
		this.announcements = announcements;
		this.choices = choices;
	}

	@Override
	public AnnouncementForm newForm() {
		return new AnnouncementForm();
	}

	@Override
	public AnnouncementForm toForm(AwardAnnouncement announcement) {
		AnnouncementForm form = new AnnouncementForm();
		form.setId(announcement.getId());
		form.setVersion(announcement.getVersion());
		FormFields.copy(announcement, form, form.fieldNames());
		form.setAwardCode(announcement.getAward().getCode());
		form.setOrganizationName(
				(announcement.getOrganization() != null) ? announcement.getOrganization().getName() : null);
		form.setResultCode((announcement.getResult() != null) ? announcement.getResult().getCode() : null);
		return form;
	}

	@Override
	public String label(AwardAnnouncement announcement) {
		Award award = announcement.getAward();
		return message("admin.announcements.label", null, this.l10n.pick(award.getName(), award.getNameEn()),
				recipient(announcement), announcement.getRank());
	}

	private String recipient(AwardAnnouncement announcement) {
		if (announcement.getRecipientName() != null) {
			return this.l10n.pick(announcement.getRecipientName(), announcement.getRecipientNameEn());
		}
		if (announcement.getOrganization() != null) {
			return this.l10n.pick(announcement.getOrganization().getName(), announcement.getOrganization().getNameEn());
		}
		if (announcement.getResult() != null) {
			return this.l10n.pick(announcement.getResult().getTitle(), announcement.getResult().getTitleEn());
		}
		return "";
	}

	/** The award reads by its name. */
	@Override
	public String describe(String field, String value) {
		if ("awardCode".equals(field) && value != null) {
			return this.choices.awards().getOrDefault(value, value);
		}
		return super.describe(field, value);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<AwardAnnouncement> list(String search, Pageable pageable) {
		return this.announcements.search(Listing.likePattern(search), pageable);
	}

	@Override
	public AwardAnnouncement newEntity() {
		return new AwardAnnouncement();
	}

	@Override
	public void check(AnnouncementForm form, References references, Errors errors) {
		Award award = references.find(Award.BY_CODE, form.getAwardCode());
		if (form.getAwardCode() != null && award == null) {
			errors.rejectValue("awardCode", "admin.error.unknownAward", new Object[] { form.getAwardCode() }, null);
		}
		if (form.getOrganizationName() != null
				&& references.find(Organization.BY_NAME, form.getOrganizationName()) == null) {
			errors.rejectValue("organizationName", "admin.error.unknownOrganization",
					new Object[] { form.getOrganizationName() }, null);
		}
		if (form.getResultCode() != null && references.find(InnovationResult.BY_CODE, form.getResultCode()) == null) {
			errors.rejectValue("resultCode", "admin.error.unknownResult", new Object[] { form.getResultCode() }, null);
		}
		if (award == null) {
			return;
		}
		switch (award.getRecipientKind()) {
			case PERSON -> rejectIfMissing(form.getRecipientName(), "recipientName", errors);
			case ORGANIZATION -> rejectIfMissing(form.getOrganizationName(), "organizationName", errors);
			case RESULT -> rejectIfMissing(form.getResultCode(), "resultCode", errors);
		}
	}

	private static void rejectIfMissing(String value, String field, Errors errors) {
		if (value == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "admin.announcements.recipientRequired");
		}
	}

	@Override
	public void apply(AnnouncementForm form, AwardAnnouncement announcement, References references) {
		FormFields.copy(form, announcement, form.fieldNames());
		announcement.setAward(references.find(Award.BY_CODE, form.getAwardCode()));
		announcement.setOrganization(references.find(Organization.BY_NAME, form.getOrganizationName()));
		announcement.setResult(references.find(InnovationResult.BY_CODE, form.getResultCode()));
	}

	/** An announcement is known by its award and rank: "TECH_ACHIEVEMENT#3". */
	@Override
	public String naturalKey(AnnouncementForm form) {
		return (form.getAwardCode() != null && form.getRank() != null) ? form.getAwardCode() + "#" + form.getRank()
				: null;
	}

	@Override
	public List<String> keyFields() {
		return List.of("awardCode", "rank");
	}

	@Override
	@Transactional(readOnly = true)
	public List<AwardAnnouncement> findAll() {
		return this.announcements.findAllWithRelations();
	}

}
