package org.craftsman.portal.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.craftsman.portal.inquiry.InquiryQueries;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
@Hidden
@RequestMapping("/dashboard")
class DashboardController {

	private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DashboardService dashboards;

	private final DashboardTables tables;

	private final TableExports exports;

	private final InquiryQueries inquiries;

	private final ScanQueries scans;

	DashboardController(DashboardService dashboards, DashboardTables tables, TableExports exports,
			InquiryQueries inquiries, ScanQueries scans) {
		this.scans = scans;
		this.dashboards = dashboards;
		this.tables = tables;
		this.exports = exports;
		this.inquiries = inquiries;
	}

	@GetMapping
	String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		Period period = Period.ALL;
		Map<String, String> periodErrors = new LinkedHashMap<>();
		try {
			period = Period.parse(from, to);
		}
		catch (InvalidPeriodException ex) {
			ex.problems().forEach((problem) -> periodErrors.putIfAbsent(problem.field(), problem.messageKey()));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		Dashboard dashboard = this.dashboards.dashboard(period);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("figures", this.tables.figures(dashboard));
		model.addAttribute("tables", this.tables.tables(dashboard));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("periodErrors", periodErrors);
		model.addAttribute("periodQuery", periodQuery(period));
		model.addAttribute("exportBase", request.getContextPath() + "/dashboard/export/");
		model.addAttribute("inquiryCounts", this.inquiries.counts());
		model.addAttribute("scans", this.scans.figures());
		return "dashboard/dashboard";
	}

	@GetMapping("/export/{table}.{format}")
	ResponseEntity<byte[]> export(@PathVariable String table, @PathVariable String format,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		if (!DashboardTables.IDS.contains(table) || !(format.equals("csv") || format.equals("xlsx"))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		Period period;
		try {
			period = Period.parse(from, to);
		}
		catch (InvalidPeriodException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		DataTable data = this.tables.tables(this.dashboards.dashboard(period)).get(table);
		boolean csv = format.equals("csv");
		return ResponseEntity.ok()
			.contentType(csv ? CSV : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(table, period, format)).build().toString())
			.body(csv ? this.exports.csv(data) : this.exports.xlsx(data));
	}

	private static String fileName(String table, Period period, String format) {
		StringBuilder name = new StringBuilder("dashboard-").append(table);
		if (period.from() != null) {
			name.append("-from-").append(period.from());
		}
		if (period.to() != null) {
			name.append("-to-").append(period.to());
		}
		return name.append('.').append(format).toString();
	}

	/**
	 * The query that keeps the chosen period on export links: empty, or
	 * {@code ?from=...}.
	 */
	private static String periodQuery(Period period) {
		UriComponentsBuilder query = UriComponentsBuilder.newInstance();
		if (period.from() != null) {
			query.queryParam("from", period.from());
		}
		if (period.to() != null) {
			query.queryParam("to", period.to());
		}
		return query.build().toUriString();
	}

}
