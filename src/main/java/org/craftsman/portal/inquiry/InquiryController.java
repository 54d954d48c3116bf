package org.craftsman.portal.inquiry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.craftsman.portal.admin.TextEditor;
import org.craftsman.portal.result.ResultCard;
import org.craftsman.portal.result.ResultQueries;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The inquiry form of a result's page. It carries no token, so that the result's page
 * stays the same for every visitor: a post from another site is refused before it gets
 * here ({@code security.CrossSiteRequests}), each client address may send only so many
 * per hour, and a post that fills in the hidden field is taken for a script's: it is
 * thanked like any other and stored nowhere. A sent inquiry is followed by a thank-you
 * page outside the kept public pages.
 */
@Controller
class InquiryController {

	/** The form fields a post may set; anything else is ignored. */
	static final String[] FIELDS = { "organizationName", "contactPerson", "phone", "email", "kind", "message",
			"website" };

	private final InquiryService inquiries;

	private final InquiryLimits limits;

	private final ResultQueries results;

	private final MessageSource messages;

	InquiryController(InquiryService inquiries, InquiryLimits limits, ResultQueries results, MessageSource messages) {
		this.inquiries = inquiries;
		this.limits = limits;
		this.results = results;
		this.messages = messages;
	}

	@InitBinder("inquiry")
	void bindText(WebDataBinder binder) {
		binder.setAllowedFields(FIELDS);
		binder.registerCustomEditor(String.class, new TextEditor());
	}

	@PostMapping("/results/{id}/inquiries")
	String send(@PathVariable long id, @Valid @ModelAttribute("inquiry") InquiryRequest inquiry, BindingResult binding,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!this.limits.allow(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, "3600");
			model.addAttribute("resultId", id);
			return "inquiries/too-many";
		}
		ResultCard result = this.results.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (inquiry.filledByScript()) {
			return sent(id);
		}
		if (inquiry.getPhone() == null && inquiry.getEmail() == null && !binding.hasFieldErrors("phone")
				&& !binding.hasFieldErrors("email")) {
			binding.rejectValue("phone", "inquiry.error.reachable");
			binding.rejectValue("email", "inquiry.error.reachable");
		}
		if (binding.hasErrors() || !this.inquiries.receive(id, inquiry)) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("result", result);
			model.addAttribute("inquiryErrors", fieldErrors(binding));
			return "inquiries/form";
		}
		return sent(id);
	}

	private static String sent(long resultId) {
		return "redirect:/inquiries/sent?result=" + resultId;
	}

	/** The thank-you page, with the way back to the result. */
	@GetMapping("/inquiries/sent")
	String sentPage(@RequestParam(name = "result", required = false) String result, Model model) {
		model.addAttribute("result", resultOf(result).orElse(null));
		return "inquiries/sent";
	}

	private Optional<ResultCard> resultOf(String id) {
		if (id == null || !id.matches("[0-9]{1,18}")) {
			return Optional.empty();
		}
		return this.results.find(Long.parseLong(id));
	}

	/** Each field's problems in the reader's language, in form order. */
	private Map<String, List<String>> fieldErrors(BindingResult binding) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (String field : FIELDS) {
			for (FieldError error : binding.getFieldErrors(field)) {
				errors.computeIfAbsent(field, (name) -> new ArrayList<>())
					.add(this.messages.getMessage(error, LocaleContextHolder.getLocale()));
			}
		}
		if (errors.isEmpty()) {
			errors.put("message",
					List.of(this.messages.getMessage("inquiry.error.notSent", null, LocaleContextHolder.getLocale())));
		}
		return errors;
	}

}
