package org.craftsman.portal.admin.importexport;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.AdminSections;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads: the records of a kind as CSV or XLSX, and an empty template per kind with a
 * guide to its columns. An export imported again changes nothing.
 */
@Controller
class ExportController {

	private final ExportService exports;

	private final AdminSections sections;

	ExportController(ExportService exports, AdminSections sections) {
		this.exports = exports;
		this.sections = sections;
	}

	@GetMapping("/admin/export/{kind}.{format}")
	ResponseEntity<byte[]> export(@PathVariable("kind") String kind, @PathVariable("format") String format) {
		AdminSection importKind = kind(kind);
		FileFormat fileFormat = format(format);
		ExportService.Table table = this.exports.table(importKind);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SheetWriter.write(fileFormat, table.header(), table.rows(), table.numeric(), out);
		return download(out, importKind.slug() + "-" + LocalDate.now(), fileFormat);
	}

	@GetMapping("/admin/import/templates/{kind}.{format}")
	ResponseEntity<byte[]> template(@PathVariable("kind") String kind, @PathVariable("format") String format) {
		AdminSection importKind = kind(kind);
		FileFormat fileFormat = format(format);
		List<List<String>> guide = this.exports.guide(importKind, LocaleContextHolder.getLocale());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SheetWriter.writeTemplate(fileFormat, guide.stream().skip(1).map((line) -> line.get(0)).toList(), guide, out);
		return download(out, importKind.slug() + "-template", fileFormat);
	}

	private static ResponseEntity<byte[]> download(ByteArrayOutputStream out, String name, FileFormat format) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, format.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + "." + format.extension()).build().toString())
			.body(out.toByteArray());
	}

	private AdminSection kind(String slug) {
		AdminSection kind = this.sections.bySlug(slug);
		if (kind == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return kind;
	}

	private static FileFormat format(String extension) {
		FileFormat format = FileFormat.fromExtension(extension);
		if (format == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return format;
	}

}
