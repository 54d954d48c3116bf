package org.craftsman.portal.hall.admin;

import org.craftsman.portal.result.InnovationResult;

import org.craftsman.portal.media.MediaStore;

import java.util.HashSet;
import java.util.Set;

import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.FormFields;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.References;
import org.craftsman.portal.area.AreaKind;
import org.craftsman.portal.area.ExhibitionArea;
import org.craftsman.portal.hall.Hotspot;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

@Service
public class HotspotAdminService extends AdminCrudService<Hotspot, HotspotForm> {

	/** The admin section editing these records. */
	static final AdminSection SECTION = new AdminSection("HOTSPOTS", "hotspots", "hall/admin", 2, null);

	private final HotspotAdminRepository hotspots;

	private final MediaStore media;

	HotspotAdminService(HotspotAdminRepository hotspots, MediaStore media) {
		super(SECTION, hotspots);
		this.hotspots = hotspots;
		this.media = media;
	}

	@Override
	public HotspotForm newForm() {
		return new HotspotForm();
	}

	@Override
	public HotspotForm toForm(Hotspot hotspot) {
		HotspotForm form = new HotspotForm();
		form.setId(hotspot.getId());
		form.setVersion(hotspot.getVersion());
		FormFields.copy(hotspot, form, form.fieldNames());
		form.setAreaCode(hotspot.getArea().getCode());
		form.setResultCode((hotspot.getResult() != null) ? hotspot.getResult().getCode() : null);
		return form;
	}

	@Override
	public String label(Hotspot hotspot) {
		return hotspot.getTitle();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Hotspot> list(String search, Pageable pageable) {
		return this.hotspots.search(Listing.likePattern(search), pageable);
	}

	@Override
	public Hotspot newEntity() {
		return new Hotspot();
	}

	@Override
	public void check(HotspotForm form, References references, Errors errors) {
		ExhibitionArea area = references.find(ExhibitionArea.BY_CODE, form.getAreaCode());
		if (form.getAreaCode() != null && area == null) {
			errors.rejectValue("areaCode", "admin.error.unknownArea", new Object[] { form.getAreaCode() }, null);
		}
		else if (area != null && area.getKind() != AreaKind.ONLINE) {
			errors.rejectValue("areaCode", "admin.hotspots.areaNotOnline");
		}
		if (form.getResultCode() != null && references.find(InnovationResult.BY_CODE, form.getResultCode()) == null) {
			errors.rejectValue("resultCode", "admin.error.unknownResult", new Object[] { form.getResultCode() }, null);
		}
		if (form.getMediaRef() == null) {
			if (!errors.hasFieldErrors("mediaFile")) {
				errors.rejectValue("mediaRef", "admin.hotspots.mediaRequired");
			}
		}
		else if (!errors.hasFieldErrors("mediaRef") && !this.media.exists(form.getMediaRef())) {
			errors.rejectValue("mediaRef", "admin.hotspots.mediaMissing");
		}
		if (form.getPosterRef() != null && !errors.hasFieldErrors("posterRef")
				&& !this.media.exists(form.getPosterRef())) {
			errors.rejectValue("posterRef", "admin.hotspots.mediaMissing");
		}
	}

	@Override
	protected Set<String> mediaOf(Hotspot hotspot) {
		Set<String> media = new HashSet<>();
		media.add(hotspot.getMediaRef());
		if (hotspot.getPosterRef() != null) {
			media.add(hotspot.getPosterRef());
		}
		return media;
	}

	@Override
	protected String mediaInUseQuery() {
		return "SELECT media_ref FROM online_hotspots UNION SELECT poster_ref FROM online_hotspots";
	}

	@Override
	public void apply(HotspotForm form, Hotspot hotspot, References references) {
		FormFields.copy(form, hotspot, form.fieldNames());
		hotspot.setArea(references.find(ExhibitionArea.BY_CODE, form.getAreaCode()));
		hotspot.setResult(references.find(InnovationResult.BY_CODE, form.getResultCode()));
	}

}
