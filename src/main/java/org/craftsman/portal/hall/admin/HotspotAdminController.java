package org.craftsman.portal.hall.admin;

import org.craftsman.portal.media.MediaStore;

import java.util.Map;

import org.craftsman.portal.area.AreaChoices;
import org.craftsman.portal.admin.AdminCrudController;
import org.craftsman.portal.hall.Hotspot;
import org.craftsman.portal.media.MediaKind;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;

@Controller
@RequestMapping("/admin/hotspots")
class HotspotAdminController extends AdminCrudController<Hotspot, HotspotForm> {

	private final AreaChoices areas;

	private final MediaStore media;

	HotspotAdminController(HotspotAdminService service, AreaChoices areas, MediaStore media) {
		super(service);
		this.areas = areas;
		this.media = media;
	}

	@Override
	protected void addChoices(Map<String, Object> choices) {
		choices.put("areaCode", this.areas.areas(true));
		choices.put("resultCodeLookup", "results");
		choices.put("mediaKind", labelled(MediaKind.values()));
	}

	/**
	 * Stores uploaded files first, so that a form refused for another reason keeps them:
	 * the organizer does not upload a large video twice.
	 */
	@Override
	protected void prepare(HotspotForm form, BindingResult binding) {
		MultipartFile mediaFile = form.getMediaFile();
		if (mediaFile != null && !mediaFile.isEmpty() && form.getMediaKind() != null) {
			try {
				form.setMediaRef(this.media.storeMedia(mediaFile, form.getMediaKind()));
			}
			catch (MediaStore.RejectedFile ex) {
				binding.rejectValue("mediaFile", ex.messageKey(), ex.arguments(), null);
			}
		}
		MultipartFile posterFile = form.getPosterFile();
		if (posterFile != null && !posterFile.isEmpty()) {
			try {
				form.setPosterRef(this.media.storePoster(posterFile));
			}
			catch (MediaStore.RejectedFile ex) {
				binding.rejectValue("posterFile", ex.messageKey(), ex.arguments(), null);
			}
		}
	}

}
