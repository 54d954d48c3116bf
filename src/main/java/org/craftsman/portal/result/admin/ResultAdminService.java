package org.craftsman.portal.result.admin;

import org.craftsman.portal.organization.Organization;

import org.craftsman.portal.area.ExhibitionArea;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import java.util.List;

import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.media.MediaStore;
import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.FormFields;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.Reference;
import org.craftsman.portal.admin.References;
import org.craftsman.portal.common.Vocabulary;
import org.craftsman.portal.result.InnovationResult;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

@Service
public class ResultAdminService extends AdminCrudService<InnovationResult, ResultForm> {

	/** The admin section editing these records. */
	static final AdminSection SECTION = new AdminSection("RESULTS", "results", "results/admin", 3, "results");

	private final ResultAdminRepository results;

	private final MediaStore media;

	ResultAdminService(ResultAdminRepository results, MediaStore media) {
		super(SECTION, results);
		this.results = results;
		this.media = media;
	}

	@Override
	public ResultForm newForm() {
		return new ResultForm();
	}

	@Override
	public ResultForm toForm(InnovationResult result) {
		ResultForm form = new ResultForm();
		form.setId(result.getId());
		form.setVersion(result.getVersion());
		FormFields.copy(result, form, form.fieldNames());
		form.setOrganizationName(result.getOrganization().getName());
		form.setAreaCode(result.getArea().getCode());
		return form;
	}

	@Override
	public String label(InnovationResult result) {
		return result.getCode() + " " + result.getTitle();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<InnovationResult> list(String search, Pageable pageable) {
		return this.results.search(Listing.likePattern(search), pageable);
	}

	@Override
	public InnovationResult newEntity() {
		return new InnovationResult();
	}

	@Override
	public Map<String, String> choicesOf(String field, Locale locale) {
		if ("category".equals(field)) {
			return vocabulary(Vocabulary.CATEGORIES, locale);
		}
		if ("region".equals(field)) {
			return vocabulary(Vocabulary.REGIONS, locale);
		}
		return super.choicesOf(field, locale);
	}

	@Override
	public void check(ResultForm form, References references, Errors errors) {
		if (form.getCategory() != null && !Vocabulary.CATEGORIES.containsKey(form.getCategory())) {
			errors.rejectValue("category", "admin.error.category");
		}
		if (form.getRegion() != null && !Vocabulary.REGIONS.containsKey(form.getRegion())) {
			errors.rejectValue("region", "admin.error.region");
		}
		if (form.getAreaCode() != null && references.find(ExhibitionArea.BY_CODE, form.getAreaCode()) == null) {
			errors.rejectValue("areaCode", "admin.error.unknownArea", new Object[] { form.getAreaCode() }, null);
		}
		if (form.getOrganizationName() != null
				&& references.find(Organization.BY_NAME, form.getOrganizationName()) == null) {
			errors.rejectValue("organizationName", "admin.error.unknownOrganization",
					new Object[] { form.getOrganizationName() }, null);
		}
		if (form.getImageRef() != null && !errors.hasFieldErrors("imageRef")
				&& !this.media.exists(form.getImageRef())) {
			errors.rejectValue("imageRef", "admin.hotspots.mediaMissing");
		}
	}

	@Override
	protected Set<String> mediaOf(InnovationResult result) {
		return (result.getImageRef() != null) ? Set.of(result.getImageRef()) : Set.of();
	}

	@Override
	protected String mediaInUseQuery() {
		return "SELECT image_ref FROM innovation_results WHERE image_ref IS NOT NULL";
	}

	@Override
	public void apply(ResultForm form, InnovationResult result, References references) {
		FormFields.copy(form, result, form.fieldNames());
		result.setOrganization(references.find(Organization.BY_NAME, form.getOrganizationName()));
		result.setArea(references.find(ExhibitionArea.BY_CODE, form.getAreaCode()));
	}

	@Override
	protected List<Reference> referencesTo(InnovationResult result) {
		return List.of(
				new Reference("admin.results.usedByContracts",
						count("select count(c) from TransformationContract c where c.result = :entity", result)),
				new Reference("admin.results.usedByHotspots",
						count("select count(h) from Hotspot h where h.result = :entity", result)),
				new Reference("admin.results.usedByAnnouncements",
						count("select count(a) from AwardAnnouncement a where a.result = :entity", result)));
	}

	@Override
	public String naturalKey(ResultForm form) {
		return form.getCode();
	}

	@Override
	public List<String> keyFields() {
		return List.of("code");
	}

	@Override
	@Transactional(readOnly = true)
	public List<InnovationResult> findAll() {
		return this.results.findAllWithRelations();
	}

}
