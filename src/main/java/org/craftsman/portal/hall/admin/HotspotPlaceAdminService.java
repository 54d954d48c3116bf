package org.craftsman.portal.hall.admin;

import java.util.List;
import java.util.Objects;

import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.FormFields;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.References;
import org.craftsman.portal.hall.HallScene;
import org.craftsman.portal.hall.Hotspot;
import org.craftsman.portal.hall.HotspotPlace;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

@Service
public class HotspotPlaceAdminService extends AdminCrudService<HotspotPlace, HotspotPlaceForm> {

	/** The admin section editing these records. */
	static final AdminSection SECTION = new AdminSection("HOTSPOT_PLACES", "hotspot-places", "hall/admin/places", 22,
			"hotspot-places");

	private final HotspotPlaceAdminRepository places;

	HotspotPlaceAdminService(HotspotPlaceAdminRepository places) {
		super(SECTION, places);
		this.places = places;
	}

	@Override
	public HotspotPlaceForm newForm() {
		return new HotspotPlaceForm();
	}

	@Override
	public HotspotPlaceForm toForm(HotspotPlace place) {
		HotspotPlaceForm form = new HotspotPlaceForm();
		form.setId(place.getId());
		form.setVersion(place.getVersion());
		FormFields.copy(place, form, List.of("yaw", "pitch"));
		form.setHotspotId(String.valueOf(place.getHotspot().getId()));
		form.setSceneCode(place.getScene().getCode());
		return form;
	}

	@Override
	public String label(HotspotPlace place) {
		return place.getHotspot().getTitle();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<HotspotPlace> list(String search, Pageable pageable) {
		return this.places.search(Listing.likePattern(search), pageable);
	}

	@Override
	@Transactional(readOnly = true)
	public List<HotspotPlace> findAll() {
		return this.places.everyPlace();
	}

	/** The places in one scene, with their hotspots. */
	@Transactional(readOnly = true)
	public List<HotspotPlace> inScene(long sceneId) {
		return this.places.inScene(sceneId);
	}

	@Override
	public HotspotPlace newEntity() {
		return new HotspotPlace();
	}

	@Override
	public String naturalKey(HotspotPlaceForm form) {
		return form.getHotspotId();
	}

	@Override
	public List<String> keyFields() {
		return List.of("hotspotId");
	}

	@Override
	public void check(HotspotPlaceForm form, References references, Errors errors) {
		Hotspot hotspot = hotspot(form);
		if (form.getHotspotId() != null && !errors.hasFieldErrors("hotspotId") && hotspot == null) {
			errors.rejectValue("hotspotId", "admin.hotspot_places.unknownHotspot", new Object[] { form.getHotspotId() },
					null);
		}
		HallScene scene = references.find(HallScene.BY_CODE, form.getSceneCode());
		if (form.getSceneCode() != null && scene == null) {
			errors.rejectValue("sceneCode", "admin.scenes.unknownScene", new Object[] { form.getSceneCode() }, null);
		}
		if (hotspot != null && scene != null && scene.getArea() != null
				&& !Objects.equals(scene.getArea().getId(), hotspot.getArea().getId())) {
			errors.rejectValue("sceneCode", "admin.hotspot_places.otherZone");
		}
		if (hotspot != null && !errors.hasFieldErrors("hotspotId")) {
			this.places.ofHotspot(hotspot.getId())
				.filter((placed) -> !placed.getId().equals(form.getId()))
				.ifPresent((placed) -> errors.rejectValue("hotspotId", "db.hall_hotspot_places_hotspot_unique"));
		}
	}

	private Hotspot hotspot(HotspotPlaceForm form) {
		if (form.getHotspotId() == null || !form.getHotspotId().matches("[0-9]{1,18}")) {
			return null;
		}
		return this.entityManager.find(Hotspot.class, Long.parseLong(form.getHotspotId()));
	}

	@Override
	public void apply(HotspotPlaceForm form, HotspotPlace place, References references) {
		FormFields.copy(form, place, List.of("yaw", "pitch"));
		place.setHotspot(hotspot(form));
		place.setScene(references.find(HallScene.BY_CODE, form.getSceneCode()));
	}

}
