package org.craftsman.portal.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.craftsman.portal.admin.audit.FieldChange;
import org.craftsman.portal.common.AuditedEntity;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of one admin section: a searchable, paged list; a form to add a record; a
 * form to edit one; a confirmation before deleting one. A refused save shows the form
 * again with what the organizer typed and a message on each field concerned.
 *
 * @param <E> the entity
 * @param <F> its form
 */
public abstract class AdminCrudController<E extends AuditedEntity, F extends AdminForm> {

	protected final AdminCrudService<E, F> service;

	private ConstraintMessages constraints;

	private MessageSource messages;

	/**
	 * What every section uses, given once so that feature controllers name only their
	 * own.
	 */
	@Autowired
	final void useSharedParts(ConstraintMessages constraints, MessageSource messages) {
		this.constraints = constraints;
		this.messages = messages;
	}

	protected AdminCrudController(AdminCrudService<E, F> service) {
		this.service = service;
	}

	/**
	 * Adds what the section's form offers to choose from, by field name: the options of a
	 * select (value to label), or for a searchable field the kind of record it looks up
	 * (under the field's name + "Lookup").
	 */
	protected void addChoices(Map<String, Object> choices) {
	}

	/** Adds what the section's list offers besides its rows (filters...). */
	protected void addListModel(Model model) {
	}

	/** Prepares a submitted form before it is checked, e.g. stores uploaded files. */
	protected void prepare(F form, BindingResult binding) {
	}

	@ModelAttribute("section")
	public AdminSection section() {
		return this.service.section();
	}

	@GetMapping
	public String list(@RequestParam(name = "q", required = false) String search,
			@RequestParam(name = "page", required = false) String page, Model model) {
		Page<E> rows = this.service.list(search, Listing.pageable(page));
		model.addAttribute("rows", rows.getContent());
		model.addAttribute("pager", Listing.pager(rows));
		model.addAttribute("q", (search != null) ? search.strip() : "");
		addListModel(model);
		return section().view("list");
	}

	@GetMapping("/new")
	public String newForm(Model model) {
		model.addAttribute("form", this.service.newForm());
		return formView(model);
	}

	@PostMapping("/new")
	public String create(@Valid @ModelAttribute("form") F form, BindingResult binding,
			@RequestParam(name = "next", required = false) String next, Model model, RedirectAttributes redirect) {
		form.setId(null);
		prepare(form, binding);
		if (binding.hasErrors()) {
			this.service.checkAlongside(form, binding);
			return formView(model);
		}
		try {
			E saved = this.service.create(form, binding);
			return saved(saved, "admin.flash.created", next, redirect);
		}
		catch (FormRejectedException ex) {
			return formView(model);
		}
		catch (DataIntegrityViolationException ex) {
			this.constraints.reject(ex, binding);
			return formView(model);
		}
	}

	@GetMapping("/{id}/edit")
	public String edit(@PathVariable("id") long id, Model model) {
		model.addAttribute("form", this.service.edit(id));
		return formView(model);
	}

	@PostMapping("/{id}/edit")
	public String update(@PathVariable("id") long id, @Valid @ModelAttribute("form") F form, BindingResult binding,
			@RequestParam(name = "next", required = false) String next, Model model, RedirectAttributes redirect) {
		form.setId(id);
		prepare(form, binding);
		if (binding.hasErrors()) {
			this.service.checkAlongside(form, binding);
			return formView(model);
		}
		try {
			E saved = this.service.update(id, form, binding);
			return saved(saved, "admin.flash.updated", next, redirect);
		}
		catch (FormRejectedException ex) {
			return formView(model);
		}
		catch (DataIntegrityViolationException ex) {
			this.constraints.reject(ex, binding);
			return formView(model);
		}
		catch (StaleEditException ex) {
			showStale(id, form, ex, binding, model);
			return formView(model);
		}
		catch (ResponseStatusException ex) {
			if (ex.getStatusCode() != HttpStatus.NOT_FOUND) {
				throw ex;
			}
			model.addAttribute("deletedMeanwhile", true);
			binding.reject("admin.stale.deleted");
			return formView(model);
		}
	}

	@GetMapping("/{id}/delete")
	public String confirmDelete(@PathVariable("id") long id, Model model) {
		model.addAttribute("deletion", this.service.deletionCheck(id));
		return "admin/confirm-delete";
	}

	@PostMapping("/{id}/delete")
	public String delete(@PathVariable("id") long id, @RequestParam(name = "version", required = false) Integer version,
			Model model, RedirectAttributes redirect) {
		try {
			String label = this.service.delete(id, version);
			flash(redirect, "admin.flash.deleted", label);
			return "redirect:" + section().getUrl();
		}
		catch (StaleEditException ex) {
			model.addAttribute("deletion", this.service.deletionCheck(id));
			model.addAttribute("changedMeanwhile", true);
			return "admin/confirm-delete";
		}
		catch (StillReferencedException | DataIntegrityViolationException ex) {
			model.addAttribute("deletion", this.service.deletionCheck(id));
			model.addAttribute("refused", true);
			return "admin/confirm-delete";
		}
	}

	private String saved(E saved, String messageKey, String next, RedirectAttributes redirect) {
		List<FieldNote> notes = this.service.notesOf(saved.getId());
		flash(redirect, messageKey, this.service.labelOf(saved.getId()));
		String flash = (String) redirect.getFlashAttributes().get("flash");
		for (FieldNote note : notes) {
			if (!note.warning()) {
				flash = flash + " " + note.text();
			}
		}
		redirect.addFlashAttribute("flash", flash);
		redirect.addFlashAttribute("flashWarnings",
				notes.stream().filter(FieldNote::warning).map(FieldNote::text).toList());
		if ("new".equals(next)) {
			return "redirect:" + section().getUrl() + "/new";
		}
		if ("edit".equals(next)) {
			return "redirect:" + section().getUrl() + "/" + saved.getId() + "/edit";
		}
		return "redirect:" + section().getUrl();
	}

	private void flash(RedirectAttributes redirect, String key, String label) {
		String sectionName = this.messages.getMessage("admin." + section().getKey() + ".one", null,
				LocaleContextHolder.getLocale());
		redirect.addFlashAttribute("flash",
				this.messages.getMessage(key, new Object[] { sectionName, label }, LocaleContextHolder.getLocale()));
	}

	private void showStale(long id, F form, StaleEditException stale, BindingResult binding, Model model) {
		AdminForm current = stale.getCurrent();
		if (current == null) {
			try {
				current = this.service.edit(id);
			}
			catch (ResponseStatusException ex) {
				model.addAttribute("deletedMeanwhile", true);
				binding.reject("admin.stale.deleted");
				return;
			}
		}
		Map<String, String> theirs = new LinkedHashMap<>();
		for (Map.Entry<String, FieldChange> change : FormSnapshot.diff(form, current).entrySet()) {
			theirs.put(change.getKey(), this.service.describe(change.getKey(), change.getValue().after()));
		}
		form.setVersion(current.getVersion());
		model.addAttribute("theirs", theirs);
		model.addAttribute("staleBy", stale.getChangedBy());
		model.addAttribute("staleAt", stale.getChangedAt());
		binding.reject("admin.stale.changed");
	}

	@SuppressWarnings("unchecked")
	private String formView(Model model) {
		Map<String, Object> choices = new LinkedHashMap<>();
		addChoices(choices);
		model.addAttribute("choices", choices);
		Map<String, FieldNote> notes = new LinkedHashMap<>();
		for (FieldNote note : this.service.notes((F) model.getAttribute("form"))) {
			notes.put(note.field(), note);
		}
		model.addAttribute("fieldNotes", notes);
		return section().view("form");
	}

	/**
	 * The constants of an enum with their labels ({@code admin.enum.<Type>.<CONSTANT>}).
	 */
	protected Map<String, String> labelled(Enum<?>[] constants) {
		Map<String, String> options = new LinkedHashMap<>();
		for (Enum<?> constant : constants) {
			options.put(constant.name(),
					this.messages.getMessage(
							"admin.enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(), null,
							constant.name(), LocaleContextHolder.getLocale()));
		}
		return options;
	}

}
