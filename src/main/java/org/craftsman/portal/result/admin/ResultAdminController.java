package org.craftsman.portal.result.admin;

import java.util.Map;

import org.craftsman.portal.media.MediaStore;
import org.craftsman.portal.admin.AdminChoices;
import org.craftsman.portal.area.AreaChoices;
import org.craftsman.portal.admin.AdminCrudController;
import org.craftsman.portal.result.InnovationResult;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;

@Controller
@RequestMapping("/admin/results")
class ResultAdminController extends AdminCrudController<InnovationResult, ResultForm> {

	private final AdminChoices choices;

	private final AreaChoices areas;

	private final MediaStore media;

	ResultAdminController(ResultAdminService service, AdminChoices choices, AreaChoices areas, MediaStore media) {
		super(service);
		this.choices = choices;
		this.areas = areas;
		this.media = media;
	}

	/**
	 * Stores an uploaded picture first, so that a form refused for another reason keeps
	 * it.
	 */
	@Override
	protected void prepare(ResultForm form, BindingResult binding) {
		MultipartFile image = form.getImageFile();
		if (image != null && !image.isEmpty()) {
			try {
				form.setImageRef(this.media.storePicture(image));
			}
			catch (MediaStore.RejectedFile ex) {
				binding.rejectValue("imageFile", ex.messageKey(), ex.arguments(), null);
			}
		}
	}

	@Override
	protected void addChoices(Map<String, Object> choices) {
		choices.put("category", this.choices.categories());
		choices.put("region", this.choices.regions());
		choices.put("areaCode", this.areas.areas(false));
		choices.put("organizationNameLookup", "organizations");
	}

}
