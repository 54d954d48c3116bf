package org.craftsman.portal.hall.admin;

import java.util.Map;

import org.craftsman.portal.admin.AdminCrudController;
import org.craftsman.portal.area.AreaChoices;
import org.craftsman.portal.hall.HallScene;
import org.craftsman.portal.hall.ScenePanoramas;
import org.craftsman.portal.media.MediaStore;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;

@Controller
@RequestMapping("/admin/scenes")
class SceneAdminController extends AdminCrudController<HallScene, SceneForm> {

	private final AreaChoices areas;

	private final MediaStore media;

	private final ScenePanoramas panoramas;

	SceneAdminController(SceneAdminService service, AreaChoices areas, MediaStore media, ScenePanoramas panoramas) {
		super(service);
		this.areas = areas;
		this.media = media;
		this.panoramas = panoramas;
	}

	@Override
	protected void addChoices(Map<String, Object> choices) {
		choices.put("areaCode", this.areas.areas(true));
	}

	/**
	 * Stores the uploaded panorama first, so that a form refused otherwise keeps it, with
	 * the light preview the tour shows while the panorama loads.
	 */
	@Override
	protected void prepare(SceneForm form, BindingResult binding) {
		MultipartFile file = form.getPanoramaFile();
		if (file != null && !file.isEmpty()) {
			try {
				String panorama = this.media.storePanorama(file);
				form.setPanoramaRef(panorama);
				form.setPreviewRef(this.panoramas.writePreview(panorama).orElse(null));
			}
			catch (MediaStore.RejectedFile ex) {
				binding.rejectValue("panoramaFile", ex.messageKey(), ex.arguments(), null);
			}
		}
	}

}
