package org.craftsman.portal.news.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.craftsman.portal.admin.AdminCrudService;
import org.craftsman.portal.admin.AdminSection;
import org.craftsman.portal.admin.FieldNote;
import org.craftsman.portal.admin.FormFields;
import org.craftsman.portal.admin.Listing;
import org.craftsman.portal.admin.References;
import org.craftsman.portal.common.PortalProperties;
import org.craftsman.portal.media.MediaStore;
import org.craftsman.portal.news.Article;
import org.craftsman.portal.news.ArticleStatus;
import org.craftsman.portal.news.ArticleTag;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * News articles in the admin: publication times are entered in the conference's time
 * zone; a published article without a time is published at once, one with a time ahead is
 * scheduled, and a draft is seen by organizers only (in its preview).
 */
@Service
public class ArticleAdminService extends AdminCrudService<Article, ArticleForm> {

	/** The admin section editing these records. */
	static final AdminSection SECTION = new AdminSection("NEWS", "news", "news/admin", 10, null);

	private static final LocalDateTime EARLIEST = LocalDateTime.of(2000, 1, 1, 0, 0);

	private static final LocalDateTime LATEST = LocalDateTime.of(2099, 12, 31, 23, 59);

	/** Uploaded files an article's text shows. */
	private static final Pattern MEDIA = Pattern.compile("/media/[A-Za-z0-9._/-]+");

	private final ArticleAdminRepository articles;

	private final MediaStore media;

	private final ZoneId zone;

	ArticleAdminService(ArticleAdminRepository articles, MediaStore media, PortalProperties properties) {
		super(SECTION, articles);
		this.articles = articles;
		this.media = media;
		this.zone = properties.timeZone();
	}

	@Override
	public ArticleForm newForm() {
		return new ArticleForm();
	}

	@Override
	public ArticleForm toForm(Article article) {
		ArticleForm form = new ArticleForm();
		form.setId(article.getId());
		form.setVersion(article.getVersion());
		FormFields.copy(article, form, form.fieldNames());
		form.setPublishedAt((article.getPublishedAt() != null)
				? LocalDateTime.ofInstant(article.getPublishedAt(), this.zone) : null);
		return form;
	}

	@Override
	public String label(Article article) {
		return article.getTitle();
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Article> list(String search, Pageable pageable) {
		return this.articles.search(Listing.likePattern(search), pageable);
	}

	@Override
	public Article newEntity() {
		return new Article();
	}

	@Override
	public void check(ArticleForm form, References references, Errors errors) {
		if (form.getSlug() != null && !errors.hasFieldErrors("slug")) {
			if ("feed".equals(form.getSlug())) {
				errors.rejectValue("slug", "admin.news.slugReserved");
			}
			else if (this.articles.existsBySlugAndIdNot(form.getSlug(), (form.getId() != null) ? form.getId() : -1L)) {
				errors.rejectValue("slug", "admin.news.slugTaken", new Object[] { form.getSlug() }, null);
			}
		}
		checkEnglish(form, errors);
		checkTags(form, errors);
		if (form.getCoverRef() != null && !errors.hasFieldErrors("coverRef")
				&& !this.media.exists(form.getCoverRef())) {
			errors.rejectValue("coverRef", "admin.hotspots.mediaMissing");
		}
		LocalDateTime time = form.getPublishedAt();
		if (time != null && (time.isBefore(EARLIEST) || time.isAfter(LATEST))) {
			errors.rejectValue("publishedAt", "admin.broadcasts.timeRange");
		}
	}

	/** The English version is whole or absent: title, summary and text together. */
	private static void checkEnglish(ArticleForm form, Errors errors) {
		boolean any = form.getTitleEn() != null || form.getSummaryEn() != null || form.getBodyEn() != null;
		if (!any) {
			return;
		}
		if (form.getTitleEn() == null) {
			errors.rejectValue("titleEn", "admin.news.englishIncomplete");
		}
		if (form.getSummaryEn() == null) {
			errors.rejectValue("summaryEn", "admin.news.englishIncomplete");
		}
		if (form.getBodyEn() == null) {
			errors.rejectValue("bodyEn", "admin.news.englishIncomplete");
		}
	}

	private static void checkTags(ArticleForm form, Errors errors) {
		List<String> tags = ArticleTag.split(form.getTags());
		if (!errors.hasFieldErrors("tags")) {
			if (tags.size() > ArticleTag.MOST) {
				errors.rejectValue("tags", "admin.news.tooManyTags", new Object[] { ArticleTag.MOST }, null);
			}
			else if (tags.stream().anyMatch((tag) -> tag.length() > ArticleTag.LONGEST)) {
				errors.rejectValue("tags", "admin.news.tagTooLong", new Object[] { ArticleTag.LONGEST }, null);
			}
		}
		List<String> english = ArticleTag.splitKeepingGaps(form.getTagsEn());
		if (!errors.hasFieldErrors("tagsEn")) {
			if (english.size() > tags.size()) {
				errors.rejectValue("tagsEn", "admin.news.tagsEnCount", new Object[] { tags.size() }, null);
			}
			else if (english.stream().anyMatch((tag) -> tag.length() > ArticleTag.LONGEST)) {
				errors.rejectValue("tagsEn", "admin.news.tagTooLong", new Object[] { ArticleTag.LONGEST }, null);
			}
		}
	}

	@Override
	public void apply(ArticleForm form, Article article, References references) {
		FormFields.copy(form, article, form.fieldNames());
		article.setTags(ArticleTag.join(ArticleTag.split(form.getTags())));
		List<String> english = ArticleTag.splitKeepingGaps(form.getTagsEn());
		article.setTagsEn(english.stream().allMatch(String::isEmpty) ? null : String.join(",", english));
		if (form.getPublishedAt() != null) {
			article.setPublishedAt(form.getPublishedAt().atZone(this.zone).toInstant());
		}
		else {
			article.setPublishedAt((form.getStatus() == ArticleStatus.PUBLISHED)
					? Instant.now().truncatedTo(ChronoUnit.MINUTES) : null);
		}
	}

	@Override
	public List<FieldNote> notes(ArticleForm form) {
		if (form.getStatus() == ArticleStatus.PUBLISHED && form.getPublishedAt() != null
				&& form.getPublishedAt().atZone(this.zone).toInstant().isAfter(Instant.now())) {
			return List.of(new FieldNote("publishedAt", message("admin.news.scheduled", "Scheduled."), false));
		}
		if (form.getStatus() == ArticleStatus.DRAFT && form.getId() != null) {
			return List.of(new FieldNote("status", message("admin.news.draftNote", "Draft."), false));
		}
		return List.of();
	}

	@Override
	protected Set<String> mediaOf(Article article) {
		Set<String> addresses = new HashSet<>(mediaIn(article.getBody()));
		addresses.addAll(mediaIn(article.getBodyEn()));
		if (article.getCoverRef() != null) {
			addresses.add(article.getCoverRef());
		}
		return addresses;
	}

	@Override
	protected String mediaInUseQuery() {
		return """
				SELECT cover_ref FROM news_articles WHERE cover_ref IS NOT NULL
				UNION
				SELECT (regexp_matches(body || ' ' || coalesce(body_en, ''), '/media/[A-Za-z0-9._/-]+', 'g'))[1]
				FROM news_articles""";
	}

	private static Set<String> mediaIn(String text) {
		if (text == null) {
			return Set.of();
		}
		Matcher matcher = MEDIA.matcher(text);
		return matcher.results().map(MatchResult::group).collect(Collectors.toSet());
	}

}
