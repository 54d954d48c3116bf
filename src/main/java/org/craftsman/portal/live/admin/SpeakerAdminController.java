package org.craftsman.portal.live.admin;

import org.craftsman.portal.admin.AdminCrudController;
import org.craftsman.portal.live.Speaker;
import org.craftsman.portal.media.MediaStore;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;

@Controller
@RequestMapping("/admin/speakers")
class SpeakerAdminController extends AdminCrudController<Speaker, SpeakerForm> {

	private final MediaStore media;

	SpeakerAdminController(SpeakerAdminService service, MediaStore media) {
		super(service);
		this.media = media;
	}

	/**
	 * Stores an uploaded photo first, so that a form refused for another reason keeps it.
	 */
	@Override
	protected void prepare(SpeakerForm form, BindingResult binding) {
		MultipartFile photo = form.getPhotoFile();
		if (photo != null && !photo.isEmpty()) {
			try {
				form.setPhotoRef(this.media.storePicture(photo));
			}
			catch (MediaStore.RejectedFile ex) {
				binding.rejectValue("photoFile", ex.messageKey(), ex.arguments(), null);
			}
		}
	}

}
