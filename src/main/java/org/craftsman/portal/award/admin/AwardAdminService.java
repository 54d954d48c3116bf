package org.craftsman.portal.award.admin;

import java.util.List;

import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.FormFields;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.Reference;
import org.craftsman.portal.admin.References;
import org.craftsman.portal.award.Award;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

@Service
public class AwardAdminService extends AdminCrudService<Award, AwardForm> {

	/** The admin section editing these records. */
	static final AdminSection SECTION = new AdminSection("AWARDS", "awards", "awards/admin", 5, null);

	private static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_-]*";

	private final AwardAdminRepository awards;

	AwardAdminService(AwardAdminRepository awards) {
		super(SECTION, awards);
		this.awards = awards;
	}

	@Override
	public AwardForm newForm() {
		return new AwardForm();
	}

	@Override
	public AwardForm toForm(Award award) {
		AwardForm form = new AwardForm();
		form.setId(award.getId());
		form.setVersion(award.getVersion());
		FormFields.copy(award, form, form.fieldNames());
		return form;
	}

	@Override
	public String label(Award award) {
		return this.l10n.pick(award.getName(), award.getNameEn());
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Award> list(String search, Pageable pageable) {
		return this.awards.search(Listing.likePattern(search), pageable);
	}

	@Override
	public Award newEntity() {
		return new Award();
	}

	@Override
	public void check(AwardForm form, References references, Errors errors) {
		if (form.getCode() != null && !form.getCode().matches(CODE_PATTERN)) {
			errors.rejectValue("code", "admin.awards.codePattern");
		}
	}

	@Override
	public void apply(AwardForm form, Award award, References references) {
		FormFields.copy(form, award, form.fieldNames());
	}

	@Override
	protected List<Reference> referencesTo(Award award) {
		return List.of(new Reference("admin.awards.usedByAnnouncements",
				count("select count(a) from AwardAnnouncement a where a.award = :entity", award)));
	}

}
