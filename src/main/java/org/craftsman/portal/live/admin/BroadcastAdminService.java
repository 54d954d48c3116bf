package org.craftsman.portal.live.admin;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.FormFields;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.References;
import org.craftsman.portal.area.ExhibitionArea;
import org.craftsman.portal.common.PortalProperties;
import org.craftsman.portal.live.LiveBroadcast;
import org.craftsman.portal.live.Speaker;
import org.craftsman.portal.live.Tags;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Broadcast times are entered and shown in the conference's time zone, whatever the
 * organizer's computer says.
 */
@Service
public class BroadcastAdminService extends AdminCrudService<LiveBroadcast, BroadcastForm> {

	/** The admin section editing these records. */
	static final AdminSection SECTION = new AdminSection("BROADCASTS", "broadcasts", "live/admin", 8, null);

	private static final LocalDateTime EARLIEST = LocalDateTime.of(2000, 1, 1, 0, 0);

	private static final LocalDateTime LATEST = LocalDateTime.of(2099, 12, 31, 23, 59);

	/** The most speakers one session names. */
	static final int MAX_SPEAKERS = 12;

	/** The most tags one session carries in a language, and the longest tag. */
	static final int MAX_TAGS = 8;

	static final int MAX_TAG_LENGTH = 30;

	private final BroadcastAdminRepository broadcasts;

	private final ZoneId zone;

	BroadcastAdminService(BroadcastAdminRepository broadcasts, PortalProperties properties) {
		super(SECTION, broadcasts);
		this.broadcasts = broadcasts;
		this.zone = properties.timeZone();
	}

	@Override
	public BroadcastForm newForm() {
		return new BroadcastForm();
	}

	@Override
	public BroadcastForm toForm(LiveBroadcast broadcast) {
		BroadcastForm form = new BroadcastForm();
		form.setId(broadcast.getId());
		form.setVersion(broadcast.getVersion());
		FormFields.copy(broadcast, form, form.fieldNames());
		form.setAreaCode((broadcast.getArea() != null) ? broadcast.getArea().getCode() : null);
		form.setStartsAt(LocalDateTime.ofInstant(broadcast.getStartsAt(), this.zone));
		form.setEndsAt(LocalDateTime.ofInstant(broadcast.getEndsAt(), this.zone));
		form.setSpeakerNames(Tags.join(broadcast.getSpeakers().stream().map(Speaker::getName).toList(), "\n"));
		return form;
	}

	@Override
	public String label(LiveBroadcast broadcast) {
		return broadcast.getTitle();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<LiveBroadcast> list(String search, Pageable pageable) {
		return this.broadcasts.search(Listing.likePattern(search), pageable);
	}

	@Override
	public LiveBroadcast newEntity() {
		return new LiveBroadcast();
	}

	@Override
	public void check(BroadcastForm form, References references, Errors errors) {
		if (form.getAreaCode() != null && references.find(ExhibitionArea.BY_CODE, form.getAreaCode()) == null) {
			errors.rejectValue("areaCode", "admin.error.unknownArea", new Object[] { form.getAreaCode() }, null);
		}
		rejectIfOutOfRange(form.getStartsAt(), "startsAt", errors);
		rejectIfOutOfRange(form.getEndsAt(), "endsAt", errors);
		if (form.getStartsAt() != null && form.getEndsAt() != null && !form.getEndsAt().isAfter(form.getStartsAt())) {
			errors.rejectValue("endsAt", "db.live_broadcasts_time_ordered");
		}
		checkSpeakers(form.getSpeakerNames(), references, errors);
		checkTags(form.getTags(), "tags", errors);
		checkTags(form.getTagsEn(), "tagsEn", errors);
	}

	private static void checkSpeakers(String names, References references, Errors errors) {
		if (errors.hasFieldErrors("speakerNames")) {
			return;
		}
		List<String> entries = Tags.splitAll(names);
		Set<String> seen = new HashSet<>();
		for (String name : entries) {
			if (!seen.add(name)) {
				errors.rejectValue("speakerNames", "admin.broadcasts.speakerTwice", new Object[] { name }, null);
				return;
			}
			if (references.find(Speaker.BY_NAME, name) == null) {
				errors.rejectValue("speakerNames", "admin.broadcasts.unknownSpeaker", new Object[] { name }, null);
				return;
			}
		}
		if (entries.size() > MAX_SPEAKERS) {
			errors.rejectValue("speakerNames", "admin.broadcasts.tooManySpeakers", new Object[] { MAX_SPEAKERS }, null);
		}
	}

	private static void checkTags(String tags, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		List<String> entries = Tags.split(tags);
		if (entries.size() > MAX_TAGS || entries.stream().anyMatch((tag) -> tag.length() > MAX_TAG_LENGTH)) {
			errors.rejectValue(field, "admin.broadcasts.tagsInvalid", new Object[] { MAX_TAGS, MAX_TAG_LENGTH }, null);
		}
	}

	private static void rejectIfOutOfRange(LocalDateTime time, String field, Errors errors) {
		if (time != null && (time.isBefore(EARLIEST) || time.isAfter(LATEST))) {
			errors.rejectValue(field, "admin.broadcasts.timeRange");
		}
	}

	@Override
	public void apply(BroadcastForm form, LiveBroadcast broadcast, References references) {
		FormFields.copy(form, broadcast, form.fieldNames());
		broadcast.setArea(references.find(ExhibitionArea.BY_CODE, form.getAreaCode()));
		broadcast.setStartsAt(form.getStartsAt().atZone(this.zone).toInstant());
		broadcast.setEndsAt(form.getEndsAt().atZone(this.zone).toInstant());
		broadcast.setTags(Tags.join(Tags.split(form.getTags()), ", "));
		broadcast.setTagsEn(Tags.join(Tags.split(form.getTagsEn()), ", "));
		List<Speaker> speakers = new ArrayList<>();
		for (String name : Tags.split(form.getSpeakerNames())) {
			speakers.add(references.find(Speaker.BY_NAME, name));
		}
		if (!speakers.equals(broadcast.getSpeakers())) {
			broadcast.setSpeakers(speakers);
		}
	}

}
