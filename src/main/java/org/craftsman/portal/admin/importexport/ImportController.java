package org.craftsman.portal.admin.importexport;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.AdminSections;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.audit.AuditLog;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import pages: upload a file, watch it being checked, read every problem with its
 * row and column, and import it when there is none.
 */
@Controller
@RequestMapping("/admin/import")
class ImportController {

	static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

	private static final int ERRORS_PER_PAGE = 100;

	private final ImportJobs jobs;

	private final MessageSource messages;

	private final AdminSections sections;

	ImportController(ImportJobs jobs, MessageSource messages, AdminSections sections) {
		this.jobs = jobs;
		this.sections = sections;
		this.messages = messages;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("kinds", this.sections.importable());
		model.addAttribute("formats", FileFormat.values());
		model.addAttribute("recent", this.jobs.recent(10));
		return "admin/importexport/index";
	}

	@PostMapping
	String upload(@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		AdminSection importKind = this.sections.bySlug(kind);
		String fileProblem = fileProblem(file);
		if (importKind == null || fileProblem != null) {
			model.addAttribute("kindError", (importKind == null) ? "admin.import.chooseKind" : null);
			model.addAttribute("fileError", fileProblem);
			model.addAttribute("chosenKind", kind);
			return page(model);
		}
		UUID id = this.jobs.start(importKind, fileName(file), file.getBytes(), AuditLog.currentActor());
		return "redirect:/admin/import/" + id;
	}

	@GetMapping("/{id}")
	String job(@PathVariable("id") String id, @RequestParam(name = "page", required = false) String page, Model model) {
		ImportJob job = find(id);
		int index = Listing.pageIndex(page);
		model.addAttribute("job", job);
		model.addAttribute("errors", this.jobs.errors(job.id(), index * ERRORS_PER_PAGE, ERRORS_PER_PAGE));
		model.addAttribute("pager", Listing.pager(new PageImpl<>(java.util.List.of(),
				org.springframework.data.domain.PageRequest.of(index, ERRORS_PER_PAGE), job.errorCount())));
		return "admin/importexport/job";
	}

	@GetMapping("/{id}/progress")
	@ResponseBody
	Map<String, Object> progress(@PathVariable("id") String id) {
		ImportJob job = find(id);
		String message = this.messages.getMessage("admin.import.progress." + job.phase(),
				new Object[] { job.processedRows(), job.totalRows() }, LocaleContextHolder.getLocale());
		return Map.of("status", job.getShownStatus(), "processed", job.processedRows(), "total", job.totalRows(),
				"message", message);
	}

	@PostMapping("/{id}/commit")
	String commit(@PathVariable("id") String id, RedirectAttributes redirect) {
		ImportJob job = find(id);
		if (!this.jobs.commit(job.id(), AuditLog.currentActor())) {
			redirect.addFlashAttribute("flash",
					this.messages.getMessage("admin.import.notCommittable", null, LocaleContextHolder.getLocale()));
		}
		return "redirect:/admin/import/" + job.id();
	}

	private ImportJob find(String id) {
		try {
			return this.jobs.find(UUID.fromString(id))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	/** What is wrong with an upload before it is even read, or null. */
	private static String fileProblem(MultipartFile file) throws IOException {
		if (file == null || (file.isEmpty() && !StringUtils.hasText(file.getOriginalFilename()))) {
			return "admin.import.chooseFile";
		}
		if (file.isEmpty()) {
			return "admin.import.file.empty";
		}
		if (file.getSize() > MAX_FILE_BYTES) {
			return "admin.import.file.tooLarge";
		}
		byte[] head = file.getInputStream().readNBytes(8);
		if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
				&& (head[3] & 0xFF) == 0xE0) {
			return "admin.import.file.oldExcel";
		}
		return null;
	}

	private static String fileName(MultipartFile file) {
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
		name = name.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}]", "").strip();
		if (name.isEmpty()) {
			name = "upload";
		}
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

}
