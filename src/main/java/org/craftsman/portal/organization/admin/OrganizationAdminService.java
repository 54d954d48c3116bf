package org.craftsman.portal.organization.admin;

import java.util.Locale;
import java.util.Map;

import java.util.List;

import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.FormFields;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.Reference;
import org.craftsman.portal.admin.References;
import org.craftsman.portal.common.Vocabulary;
import org.craftsman.portal.organization.Organization;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

@Service
public class OrganizationAdminService extends AdminCrudService<Organization, OrganizationForm> {

	/** The admin section editing these records. */
	static final AdminSection SECTION = new AdminSection("ORGANIZATIONS", "organizations", "organizations/admin", 7,
			null);

	private final OrganizationAdminRepository organizations;

	OrganizationAdminService(OrganizationAdminRepository organizations) {
		super(SECTION, organizations);
		this.organizations = organizations;
	}

	@Override
	public OrganizationForm newForm() {
		return new OrganizationForm();
	}

	@Override
	public OrganizationForm toForm(Organization organization) {
		OrganizationForm form = new OrganizationForm();
		form.setId(organization.getId());
		form.setVersion(organization.getVersion());
		FormFields.copy(organization, form, form.fieldNames());
		return form;
	}

	@Override
	public String label(Organization organization) {
		return organization.getName();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Organization> list(String search, Pageable pageable) {
		return this.organizations.search(Listing.likePattern(search), pageable);
	}

	@Override
	public Organization newEntity() {
		return new Organization();
	}

	@Override
	public Map<String, String> choicesOf(String field, Locale locale) {
		if ("region".equals(field)) {
			return vocabulary(Vocabulary.REGIONS, locale);
		}
		return super.choicesOf(field, locale);
	}

	@Override
	public void check(OrganizationForm form, References references, Errors errors) {
		if (form.getRegion() != null && !Vocabulary.REGIONS.containsKey(form.getRegion())) {
			errors.rejectValue("region", "admin.error.region");
		}
	}

	@Override
	public void apply(OrganizationForm form, Organization organization, References references) {
		FormFields.copy(form, organization, form.fieldNames());
	}

	@Override
	protected List<Reference> referencesTo(Organization organization) {
		return List.of(
				new Reference("admin.organizations.usedByResults",
						count("select count(r) from InnovationResult r where r.organization = :entity", organization)),
				new Reference("admin.organizations.usedByContracts",
						count("select count(c) from TransformationContract c where c.transferee = :entity",
								organization)),
				new Reference("admin.organizations.usedByAnnouncements", count(
						"select count(a) from AwardAnnouncement a where a.organization = :entity", organization)));
	}

}
