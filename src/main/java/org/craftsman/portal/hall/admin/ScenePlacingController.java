package org.craftsman.portal.hall.admin;

import java.util.List;

import jakarta.validation.Valid;
import org.craftsman.portal.admin.ConstraintMessages;
import org.craftsman.portal.admin.FormRejectedException;
import org.craftsman.portal.admin.StaleEditException;
import org.craftsman.portal.hall.HotspotPlace;
import org.craftsman.portal.hall.SceneCard;
import org.craftsman.portal.hall.SceneQueries;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Placing hotspots by pointing: a scene's panorama in the admin, where a click chooses a
 * place, a placed hotspot is dragged to move it, and the list beside removes one. Saves
 * go through the hotspot places' section: the same checks, optimistic locking and audit
 * log.
 */
@Controller
@RequestMapping("/admin/scenes/{sceneId}/place")
class ScenePlacingController {

	private final SceneQueries scenes;

	private final HotspotPlaceAdminService places;

	private final ConstraintMessages constraints;

	private final MessageSource messages;

	ScenePlacingController(SceneQueries scenes, HotspotPlaceAdminService places, ConstraintMessages constraints,
			MessageSource messages) {
		this.scenes = scenes;
		this.places = places;
		this.constraints = constraints;
		this.messages = messages;
	}

	/** The scene comes from the address, never from the form. */
	@InitBinder("form")
	void sceneFromTheAddress(WebDataBinder binder) {
		binder.setDisallowedFields("sceneCode");
	}

	@ModelAttribute("form")
	HotspotPlaceForm form(@PathVariable long sceneId) {
		HotspotPlaceForm form = new HotspotPlaceForm();
		form.setSceneCode(scene(sceneId).code());
		return form;
	}

	@GetMapping
	String page(@PathVariable long sceneId, Model model) {
		return view(scene(sceneId), model);
	}

	@PostMapping
	String save(@PathVariable long sceneId, @Valid @ModelAttribute("form") HotspotPlaceForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		SceneCard scene = scene(sceneId);
		if (binding.hasErrors()) {
			this.places.checkAlongside(form, binding);
			return view(scene, model);
		}
		try {
			HotspotPlace saved = (form.getId() == null) ? this.places.create(form, binding)
					: this.places.update(form.getId(), form, binding);
			redirect.addFlashAttribute("flash", message("admin.place.saved", this.places.labelOf(saved.getId())));
			return "redirect:/admin/scenes/" + sceneId + "/place";
		}
		catch (FormRejectedException ex) {
			return view(scene, model);
		}
		catch (DataIntegrityViolationException ex) {
			this.constraints.reject(ex, binding);
			return view(scene, model);
		}
		catch (StaleEditException ex) {
			binding.reject("admin.place.stale");
			return view(scene, model);
		}
		catch (ResponseStatusException ex) {
			if (ex.getStatusCode() != HttpStatus.NOT_FOUND) {
				throw ex;
			}
			binding.reject("admin.stale.deleted");
			return view(scene, model);
		}
	}

	@PostMapping("/{placeId}/remove")
	String remove(@PathVariable long sceneId, @PathVariable long placeId,
			@RequestParam(name = "version", required = false) Integer version, RedirectAttributes redirect) {
		scene(sceneId);
		try {
			String label = this.places.delete(placeId, version);
			redirect.addFlashAttribute("flash", message("admin.place.removed", label));
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("flash", message("admin.place.stale"));
		}
		return "redirect:/admin/scenes/" + sceneId + "/place";
	}

	private String view(SceneCard scene, Model model) {
		List<HotspotPlace> placed = this.places.inScene(scene.id());
		model.addAttribute("scene", scene);
		model.addAttribute("placed", placed);
		model.addAttribute("section", HotspotPlaceAdminService.SECTION);
		model.addAttribute("choices", java.util.Map.of("hotspotIdLookup", "hotspots"));
		return "hall/admin/place";
	}

	private SceneCard scene(long id) {
		return this.scenes.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
