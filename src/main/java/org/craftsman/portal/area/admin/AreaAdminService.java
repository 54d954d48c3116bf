package org.craftsman.portal.area.admin;

import java.util.List;

import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.FormFields;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.Reference;
import org.craftsman.portal.admin.References;
import org.craftsman.portal.area.AreaKind;
import org.craftsman.portal.area.ExhibitionArea;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

@Service
public class AreaAdminService extends AdminCrudService<ExhibitionArea, AreaForm> {

	/** The admin section editing these records. */
	static final AdminSection SECTION = new AdminSection("AREAS", "areas", "areas/admin", 1, "areas");

	private final AreaAdminRepository areas;

	AreaAdminService(AreaAdminRepository areas) {
		super(SECTION, areas);
		this.areas = areas;
	}

	@Override
	public AreaForm newForm() {
		return new AreaForm();
	}

	@Override
	public AreaForm toForm(ExhibitionArea area) {
		AreaForm form = new AreaForm();
		form.setId(area.getId());
		form.setVersion(area.getVersion());
		FormFields.copy(area, form, form.fieldNames());
		return form;
	}

	@Override
	public String label(ExhibitionArea area) {
		return area.getCode() + " " + area.getName();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ExhibitionArea> list(String search, Pageable pageable) {
		return this.areas.search(Listing.likePattern(search), pageable);
	}

	@Override
	public ExhibitionArea newEntity() {
		return new ExhibitionArea();
	}

	@Override
	public void check(AreaForm form, References references, Errors errors) {
		if (form.getKind() == AreaKind.ONLINE && form.getFloorArea() != null && form.getFloorArea().signum() != 0) {
			errors.rejectValue("floorArea", "admin.areas.onlineHasNoFloor");
		}
	}

	@Override
	public void apply(AreaForm form, ExhibitionArea area, References references) {
		FormFields.copy(form, area, form.fieldNames());
	}

	@Override
	protected List<Reference> referencesTo(ExhibitionArea area) {
		return List.of(
				new Reference("admin.areas.usedByResults",
						count("select count(r) from InnovationResult r where r.area = :entity", area)),
				new Reference("admin.areas.usedByHotspots",
						count("select count(h) from Hotspot h where h.area = :entity", area)),
				new Reference("admin.areas.usedByBroadcasts",
						count("select count(b) from LiveBroadcast b where b.area = :entity", area)));
	}

	@Override
	public String naturalKey(AreaForm form) {
		return form.getCode();
	}

	@Override
	public List<String> keyFields() {
		return List.of("code");
	}

}
