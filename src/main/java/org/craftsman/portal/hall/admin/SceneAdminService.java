package org.craftsman.portal.hall.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.FormFields;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.References;
import org.craftsman.portal.area.AreaKind;
import org.craftsman.portal.area.ExhibitionArea;
import org.craftsman.portal.hall.HallScene;
import org.craftsman.portal.media.MediaStore;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

@Service
public class SceneAdminService extends AdminCrudService<HallScene, SceneForm> {

	/** The admin section editing these records. */
	static final AdminSection SECTION = new AdminSection("SCENES", "scenes", "hall/admin/scenes", 20, "scenes");

	private final SceneAdminRepository scenes;

	private final MediaStore media;

	SceneAdminService(SceneAdminRepository scenes, MediaStore media) {
		super(SECTION, scenes);
		this.scenes = scenes;
		this.media = media;
	}

	@Override
	public SceneForm newForm() {
		return new SceneForm();
	}

	@Override
	public SceneForm toForm(HallScene scene) {
		SceneForm form = new SceneForm();
		form.setId(scene.getId());
		form.setVersion(scene.getVersion());
		FormFields.copy(scene, form, form.fieldNames());
		form.setAreaCode((scene.getArea() != null) ? scene.getArea().getCode() : null);
		return form;
	}

	@Override
	public String label(HallScene scene) {
		return scene.getTitle();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<HallScene> list(String search, Pageable pageable) {
		return this.scenes.search(Listing.likePattern(search), pageable);
	}

	@Override
	public HallScene newEntity() {
		return new HallScene();
	}

	@Override
	public String naturalKey(SceneForm form) {
		return form.getCode();
	}

	@Override
	public List<String> keyFields() {
		return List.of("code");
	}

	@Override
	public void check(SceneForm form, References references, Errors errors) {
		ExhibitionArea area = references.find(ExhibitionArea.BY_CODE, form.getAreaCode());
		if (form.getAreaCode() != null && area == null) {
			errors.rejectValue("areaCode", "admin.error.unknownArea", new Object[] { form.getAreaCode() }, null);
		}
		else if (area != null && area.getKind() != AreaKind.ONLINE) {
			errors.rejectValue("areaCode", "admin.hotspots.areaNotOnline");
		}
		if (form.getPanoramaRef() == null) {
			if (!errors.hasFieldErrors("panoramaFile")) {
				errors.rejectValue("panoramaRef", "admin.scenes.panoramaRequired");
			}
		}
		else if (!errors.hasFieldErrors("panoramaRef") && !this.media.exists(form.getPanoramaRef())
				&& !form.getPanoramaRef().startsWith("/media/generated/")) {
			errors.rejectValue("panoramaRef", "admin.hotspots.mediaMissing");
		}
		if (form.getPreviewRef() != null && !errors.hasFieldErrors("previewRef")
				&& !this.media.exists(form.getPreviewRef()) && !form.getPreviewRef().startsWith("/media/generated/")) {
			errors.rejectValue("previewRef", "admin.hotspots.mediaMissing");
		}
	}

	@Override
	protected Set<String> mediaOf(HallScene scene) {
		Set<String> media = new HashSet<>();
		media.add(scene.getPanoramaRef());
		if (scene.getPreviewRef() != null) {
			media.add(scene.getPreviewRef());
		}
		return media;
	}

	@Override
	protected String mediaInUseQuery() {
		return "SELECT panorama_ref FROM hall_scenes UNION SELECT preview_ref FROM hall_scenes";
	}

	@Override
	public void apply(SceneForm form, HallScene scene, References references) {
		FormFields.copy(form, scene, form.fieldNames());
		scene.setArea(references.find(ExhibitionArea.BY_CODE, form.getAreaCode()));
	}

}
