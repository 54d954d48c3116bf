package org.craftsman.portal.inquiry.admin;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.craftsman.portal.admin.AdminCrudController;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.common.PortalProperties;
import org.craftsman.portal.common.export.CsvWriter;
import org.craftsman.portal.common.export.XlsxWriter;
import org.craftsman.portal.inquiry.Inquiry;
import org.craftsman.portal.inquiry.InquiryKind;
import org.craftsman.portal.inquiry.InquiryStatus;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * The organizers' inquiry pages: the list, filtered by status, result and area; an
 * inquiry with its status and notes; the export of what the list shows, as CSV or XLSX.
 */
@Controller
@RequestMapping("/admin/inquiries")
class InquiryAdminController extends AdminCrudController<Inquiry, InquiryForm> {

	private static final List<String> EXPORT_FIELDS = List.of("id", "createdAt", "status", "resultCode", "kind",
			"organizationName", "contactPerson", "phone", "email", "message", "notes");

	private final InquiryAdminService inquiries;

	private final MessageSource messages;

	private final ZoneId zone;

	InquiryAdminController(InquiryAdminService service, MessageSource messages, PortalProperties properties) {
		super(service);
		this.inquiries = service;
		this.messages = messages;
		this.zone = properties.timeZone();
	}

	@Override
	@GetMapping
	public String list(@RequestParam(name = "q", required = false) String search,
			@RequestParam(name = "page", required = false) String page, Model model) {
		InquiryFilter filter = filter(currentRequest());
		Page<Inquiry> rows = this.inquiries.list(filter, search, Listing.pageable(page));
		model.addAttribute("rows", rows.getContent());
		model.addAttribute("pager", Listing.pager(rows));
		model.addAttribute("q", (search != null) ? search.strip() : "");
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", Arrays.asList(InquiryStatus.values()));
		return section().view("list");
	}

	@GetMapping("/export.{format}")
	ResponseEntity<byte[]> export(@PathVariable("format") String format, HttpServletRequest request) {
		if (!format.equals("csv") && !format.equals("xlsx")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		List<String> header = EXPORT_FIELDS.stream()
			.map((field) -> this.messages.getMessage("admin.inquiries.field." + field, null, field,
					LocaleContextHolder.getLocale()))
			.toList();
		List<List<Object>> rows = this.inquiries.all(filter(request)).stream().map(this::row).toList();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String contentType;
		if (format.equals("csv")) {
			CsvWriter.write(header, rows, out);
			contentType = "text/csv;charset=UTF-8";
		}
		else {
			try (XlsxWriter workbook = new XlsxWriter()) {
				XlsxWriter.SheetOut sheet = workbook.sheet("inquiries", header, 1);
				rows.forEach(sheet::row);
				workbook.writeTo(out);
			}
			contentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
		}
		String name = "inquiries-" + LocalDate.now(this.zone) + "." + format;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, contentType)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(out.toByteArray());
	}

	private List<Object> row(Inquiry inquiry) {
		List<Object> row = new ArrayList<>();
		row.add(inquiry.getId());
		row.add(inquiry.getCreatedAt().atZone(this.zone).toLocalDateTime().withNano(0).toString().replace('T', ' '));
		row.add(this.inquiries.describe("status", inquiry.getStatus().name()));
		row.add(inquiry.getResult().getCode());
		row.add(this.inquiries.describe("kind", inquiry.getKind().name()));
		row.add(inquiry.getOrganizationName());
		row.add(inquiry.getContactPerson());
		row.add(inquiry.getPhone());
		row.add(inquiry.getEmail());
		row.add(inquiry.getMessage());
		row.add(inquiry.getNotes());
		return row;
	}

	@Override
	protected void addChoices(Map<String, Object> choices) {
		choices.put("resultCodeLookup", "results");
		choices.put("kind", labelled(InquiryKind.values()));
		choices.put("status", labelled(InquiryStatus.values()));
	}

	private static InquiryFilter filter(HttpServletRequest request) {
		return InquiryFilter.of(request.getParameter("status"), request.getParameter("result"),
				request.getParameter("area"));
	}

	private static HttpServletRequest currentRequest() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

}
