package org.craftsman.portal.hall.admin;

import java.util.List;

import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.FormFields;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.References;
import org.craftsman.portal.hall.HallScene;
import org.craftsman.portal.hall.SceneLink;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

@Service
public class SceneLinkAdminService extends AdminCrudService<SceneLink, SceneLinkForm> {

	/** The admin section editing these records. */
	static final AdminSection SECTION = new AdminSection("SCENE_LINKS", "scene-links", "hall/admin/links", 21,
			"scene-links");

	private final SceneLinkAdminRepository links;

	SceneLinkAdminService(SceneLinkAdminRepository links) {
		super(SECTION, links);
		this.links = links;
	}

	@Override
	public SceneLinkForm newForm() {
		return new SceneLinkForm();
	}

	@Override
	public SceneLinkForm toForm(SceneLink link) {
		SceneLinkForm form = new SceneLinkForm();
		form.setId(link.getId());
		form.setVersion(link.getVersion());
		FormFields.copy(link, form, List.of("yaw", "pitch"));
		form.setSceneCode(link.getScene().getCode());
		form.setTargetCode(link.getTarget().getCode());
		return form;
	}

	@Override
	public String label(SceneLink link) {
		return link.getScene().getTitle() + " → " + link.getTarget().getTitle();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<SceneLink> list(String search, Pageable pageable) {
		return this.links.search(Listing.likePattern(search), pageable);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SceneLink> findAll() {
		return this.links.everyLink();
	}

	@Override
	public SceneLink newEntity() {
		return new SceneLink();
	}

	@Override
	public String naturalKey(SceneLinkForm form) {
		return form.getSceneCode() + "→" + form.getTargetCode();
	}

	@Override
	public List<String> keyFields() {
		return List.of("sceneCode", "targetCode");
	}

	@Override
	public void check(SceneLinkForm form, References references, Errors errors) {
		if (form.getSceneCode() != null && references.find(HallScene.BY_CODE, form.getSceneCode()) == null) {
			errors.rejectValue("sceneCode", "admin.scenes.unknownScene", new Object[] { form.getSceneCode() }, null);
		}
		if (form.getTargetCode() != null && references.find(HallScene.BY_CODE, form.getTargetCode()) == null) {
			errors.rejectValue("targetCode", "admin.scenes.unknownScene", new Object[] { form.getTargetCode() }, null);
		}
		else if (form.getTargetCode() != null && form.getTargetCode().equalsIgnoreCase(form.getSceneCode())) {
			errors.rejectValue("targetCode", "admin.scene_links.toItself");
		}
	}

	@Override
	public void apply(SceneLinkForm form, SceneLink link, References references) {
		FormFields.copy(form, link, List.of("yaw", "pitch"));
		link.setScene(references.find(HallScene.BY_CODE, form.getSceneCode()));
		link.setTarget(references.find(HallScene.BY_CODE, form.getTargetCode()));
	}

}
