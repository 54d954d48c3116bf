package org.craftsman.portal.news.admin;

import java.util.Map;

import org.craftsman.portal.admin.AdminCrudController;
import org.craftsman.portal.media.MediaStore;
import org.craftsman.portal.news.Article;
import org.craftsman.portal.news.ArticleStatus;
import org.craftsman.portal.news.NewsService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

@Controller
@RequestMapping("/admin/news")
class ArticleAdminController extends AdminCrudController<Article, ArticleForm> {

	private final MediaStore media;

	private final NewsService news;

	ArticleAdminController(ArticleAdminService service, MediaStore media, NewsService news) {
		super(service);
		this.media = media;
		this.news = news;
	}

	/**
	 * Stores an uploaded cover first, so that a form refused for another reason keeps it.
	 */
	@Override
	protected void prepare(ArticleForm form, BindingResult binding) {
		MultipartFile cover = form.getCoverFile();
		if (cover != null && !cover.isEmpty()) {
			try {
				form.setCoverRef(this.media.storePicture(cover));
			}
			catch (MediaStore.RejectedFile ex) {
				binding.rejectValue("coverFile", ex.messageKey(), ex.arguments(), null);
			}
		}
	}

	@Override
	protected void addChoices(Map<String, Object> choices) {
		choices.put("status", labelled(ArticleStatus.values()));
	}

	/** The article as readers will see it, whether it is a draft, scheduled or out. */
	@GetMapping("/{id}/preview")
	String preview(@PathVariable("id") long id, Model model) {
		model.addAttribute("page",
				this.news.preview(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "news/detail";
	}

}
