package org.craftsman.portal.area.admin;

import java.util.List;

import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.FormFields;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.Reference;
import org.craftsman.portal.admin.References;
import org.craftsman.portal.area.AreaKind;
import org.craftsman.portal.area.ExhibitionArea;
import org.craftsman.portal.area.VenueHall;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

@Service
public class AreaAdminService extends AdminCrudService<ExhibitionArea, AreaForm> {

	/** The admin section editing these records. */
	static final AdminSection SECTION = new AdminSection("AREAS", "areas", "areas/admin", 1, "areas");

	private final AreaAdminRepository areas;

	private final JdbcClient jdbc;

	AreaAdminService(AreaAdminRepository areas, JdbcClient jdbc) {
		super(SECTION, areas);
		this.areas = areas;
		this.jdbc = jdbc;
	}

	@Override
	public AreaForm newForm() {
		return new AreaForm();
	}

	@Override
	public AreaForm toForm(ExhibitionArea area) {
		AreaForm form = new AreaForm();
		form.setId(area.getId());
		form.setVersion(area.getVersion());
		FormFields.copy(area, form, form.fieldNames());
		form.setPlanHallCode((area.getPlanHall() != null) ? area.getPlanHall().getCode() : null);
		return form;
	}

	@Override
	public String label(ExhibitionArea area) {
		return area.getCode() + " " + area.getName();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ExhibitionArea> list(String search, Pageable pageable) {
		return this.areas.search(Listing.likePattern(search), pageable);
	}

	@Override
	public ExhibitionArea newEntity() {
		return new ExhibitionArea();
	}

	@Override
	public void check(AreaForm form, References references, Errors errors) {
		if (form.getKind() == AreaKind.ONLINE && form.getFloorArea() != null && form.getFloorArea().signum() != 0) {
			errors.rejectValue("floorArea", "admin.areas.onlineHasNoFloor");
		}
		if (form.placed()) {
			checkPlacement(form, references, errors);
		}
	}

	/**
	 * A placement is whole (a hall and four numbers), for an offline area, inside its
	 * hall and clear of the hall's other areas (edges may touch); the database holds the
	 * same rules for every other writer.
	 */
	private void checkPlacement(AreaForm form, References references, Errors errors) {
		if (!form.placedCompletely()) {
			errors.rejectValue(firstMissing(form), "admin.areas.plan.incomplete");
			return;
		}
		if (form.getKind() == AreaKind.ONLINE) {
			errors.rejectValue("planHallCode", "admin.areas.plan.online");
			return;
		}
		VenueHall hall = references.find(VenueHall.BY_CODE, form.getPlanHallCode());
		if (hall == null) {
			errors.rejectValue("planHallCode", "admin.areas.plan.unknownHall", new Object[] { form.getPlanHallCode() },
					null);
			return;
		}
		if (errors.hasFieldErrors("planX") || errors.hasFieldErrors("planY") || errors.hasFieldErrors("planWidth")
				|| errors.hasFieldErrors("planHeight")) {
			return;
		}
		boolean tooWide = form.getPlanX() + form.getPlanWidth() > hall.getPlanWidth();
		if (tooWide || form.getPlanY() + form.getPlanHeight() > hall.getPlanHeight()) {
			errors.rejectValue(tooWide ? "planWidth" : "planHeight", "admin.areas.plan.outside",
					new Object[] { hall.getPlanWidth(), hall.getPlanHeight() }, null);
			return;
		}
		this.jdbc.sql("""
				SELECT code FROM exhibition_areas
				WHERE plan_hall_id = :hall AND id <> coalesce(CAST(:id AS bigint), -1)
				  AND plan_x < :x + :w AND :x < plan_x + plan_width AND plan_y < :y + :h AND :y < plan_y + plan_height
				ORDER BY code LIMIT 1""")
			.param("hall", hall.getId())
			// An imported row carries the id of the area it matches (ImportService).
			.param("id", form.getId())
			.param("x", form.getPlanX())
			.param("y", form.getPlanY())
			.param("w", form.getPlanWidth())
			.param("h", form.getPlanHeight())
			.query(String.class)
			.optional()
			.ifPresent(
					(other) -> errors.rejectValue("planX", "admin.areas.plan.overlap", new Object[] { other }, null));
	}

	private static String firstMissing(AreaForm form) {
		if (form.getPlanHallCode() == null || form.getPlanHallCode().isBlank()) {
			return "planHallCode";
		}
		if (form.getPlanX() == null) {
			return "planX";
		}
		if (form.getPlanY() == null) {
			return "planY";
		}
		return (form.getPlanWidth() == null) ? "planWidth" : "planHeight";
	}

	@Override
	public void apply(AreaForm form, ExhibitionArea area, References references) {
		FormFields.copy(form, area, form.fieldNames());
		area.setPlanHall(form.placed() ? references.find(VenueHall.BY_CODE, form.getPlanHallCode()) : null);
	}

	@Override
	protected List<Reference> referencesTo(ExhibitionArea area) {
		return List.of(
				new Reference("admin.areas.usedByResults",
						count("select count(r) from InnovationResult r where r.area = :entity", area)),
				new Reference("admin.areas.usedByHotspots",
						count("select count(h) from Hotspot h where h.area = :entity", area)),
				new Reference("admin.areas.usedByBroadcasts",
						count("select count(b) from LiveBroadcast b where b.area = :entity", area)));
	}

	@Override
	public String naturalKey(AreaForm form) {
		return form.getCode();
	}

	@Override
	public List<String> keyFields() {
		return List.of("code");
	}

}
