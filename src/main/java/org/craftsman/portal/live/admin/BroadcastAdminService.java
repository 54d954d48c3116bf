package org.craftsman.portal.live.admin;

import org.craftsman.portal.area.ExhibitionArea;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.FormFields;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.References;
import org.craftsman.portal.common.PortalProperties;
import org.craftsman.portal.live.LiveBroadcast;

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
	}

}
