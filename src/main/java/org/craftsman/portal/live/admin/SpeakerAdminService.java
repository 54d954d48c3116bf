package org.craftsman.portal.live.admin;

import java.util.List;
import java.util.Set;

import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.FormFields;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.Reference;
import org.craftsman.portal.admin.References;
import org.craftsman.portal.live.Speaker;
import org.craftsman.portal.media.MediaStore;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The people who speak in the programme's sessions; a session names them by their Chinese
 * names, which therefore are unique.
 */
@Service
public class SpeakerAdminService extends AdminCrudService<Speaker, SpeakerForm> {

	/** The admin section editing these records. */
	static final AdminSection SECTION = new AdminSection("SPEAKERS", "speakers", "live/admin/speakers", 30, null);

	private final SpeakerAdminRepository speakers;

	private final MediaStore media;

	SpeakerAdminService(SpeakerAdminRepository speakers, MediaStore media) {
		super(SECTION, speakers);
		this.speakers = speakers;
		this.media = media;
	}

	@Override
	public SpeakerForm newForm() {
		return new SpeakerForm();
	}

	@Override
	public SpeakerForm toForm(Speaker speaker) {
		SpeakerForm form = new SpeakerForm();
		form.setId(speaker.getId());
		form.setVersion(speaker.getVersion());
		FormFields.copy(speaker, form, form.fieldNames());
		return form;
	}

	@Override
	public String label(Speaker speaker) {
		return speaker.getName();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Speaker> list(String search, Pageable pageable) {
		return this.speakers.search(Listing.likePattern(search), pageable);
	}

	@Override
	public Speaker newEntity() {
		return new Speaker();
	}

	@Override
	public void check(SpeakerForm form, References references, Errors errors) {
		if (form.getName() != null && !errors.hasFieldErrors("name")) {
			boolean taken = (form.getId() == null) ? this.speakers.existsByName(form.getName())
					: this.speakers.existsByNameAndIdNot(form.getName(), form.getId());
			if (taken) {
				errors.rejectValue("name", "db.speakers_name_unique");
			}
		}
		if (form.getPhotoRef() != null && !errors.hasFieldErrors("photoRef")
				&& !this.media.exists(form.getPhotoRef())) {
			errors.rejectValue("photoRef", "admin.hotspots.mediaMissing");
		}
	}

	@Override
	public void apply(SpeakerForm form, Speaker speaker, References references) {
		FormFields.copy(form, speaker, form.fieldNames());
	}

	@Override
	protected Set<String> mediaOf(Speaker speaker) {
		return (speaker.getPhotoRef() != null) ? Set.of(speaker.getPhotoRef()) : Set.of();
	}

	@Override
	protected String mediaInUseQuery() {
		return "SELECT photo_ref FROM speakers WHERE photo_ref IS NOT NULL";
	}

	@Override
	protected List<Reference> referencesTo(Speaker speaker) {
		return List.of(new Reference("admin.speakers.usedBySessions",
				count("select count(b) from LiveBroadcast b join b.speakers s where s = :entity", speaker)));
	}

}
