package org.craftsman.portal.hall.admin;

import org.craftsman.portal.admin.AdminCrudController;
import org.craftsman.portal.hall.SceneLink;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/scene-links")
class SceneLinkAdminController extends AdminCrudController<SceneLink, SceneLinkForm> {

	SceneLinkAdminController(SceneLinkAdminService service) {
		super(service);
	}

}
