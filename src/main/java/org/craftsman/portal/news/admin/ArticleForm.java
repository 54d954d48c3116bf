package org.craftsman.portal.news.admin;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.admin.AdminForm;
import org.craftsman.portal.news.ArticleStatus;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * A news article as organizers write it: Markdown text, tags separated by commas, and a
 * publication time local to the conference (none publishes at once; a time ahead
 * schedules the article).
 */
public class ArticleForm extends AdminForm {

	@NotBlank
	@Size(max = 200)
	private String title;

	@Size(max = 200)
	private String titleEn;

	@NotBlank
	@Size(max = 80)
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
	private String slug;

	@NotBlank
	@Size(max = 500)
	private String summary;

	@Size(max = 500)
	private String summaryEn;

	@NotBlank
	@Size(max = 50000)
	private String body;

	@Size(max = 50000)
	private String bodyEn;

	@Size(max = 400)
	private String tags;

	@Size(max = 400)
	private String tagsEn;

	@NotBlank
	@Size(max = 100)
	private String author;

	@Size(max = 100)
	private String authorEn;

	@Size(max = 500)
	@Pattern(regexp = "/media/[A-Za-z0-9._/-]+")
	private String coverRef;

	@Size(max = 200)
	private String coverAlt;

	@Size(max = 200)
	private String coverAltEn;

	@NotNull
	private ArticleStatus status = ArticleStatus.DRAFT;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = { "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm" })
	private LocalDateTime publishedAt;

	private MultipartFile coverFile;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTitleEn() {
		return this.titleEn;
	}

	public void setTitleEn(String titleEn) {
		this.titleEn = titleEn;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getSummaryEn() {
		return this.summaryEn;
	}

	public void setSummaryEn(String summaryEn) {
		this.summaryEn = summaryEn;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getBodyEn() {
		return this.bodyEn;
	}

	public void setBodyEn(String bodyEn) {
		this.bodyEn = bodyEn;
	}

	public String getTags() {
		return this.tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public String getTagsEn() {
		return this.tagsEn;
	}

	public void setTagsEn(String tagsEn) {
		this.tagsEn = tagsEn;
	}

	public String getAuthor() {
		return this.author;
	}

	public void setAuthor(String author) {
		this.author = author;
	}

	public String getAuthorEn() {
		return this.authorEn;
	}

	public void setAuthorEn(String authorEn) {
		this.authorEn = authorEn;
	}

	public String getCoverRef() {
		return this.coverRef;
	}

	public void setCoverRef(String coverRef) {
		this.coverRef = coverRef;
	}

	public String getCoverAlt() {
		return this.coverAlt;
	}

	public void setCoverAlt(String coverAlt) {
		this.coverAlt = coverAlt;
	}

	public String getCoverAltEn() {
		return this.coverAltEn;
	}

	public void setCoverAltEn(String coverAltEn) {
		this.coverAltEn = coverAltEn;
	}

	public ArticleStatus getStatus() {
		return this.status;
	}

	public void setStatus(ArticleStatus status) {
		this.status = status;
	}

	public LocalDateTime getPublishedAt() {
		return this.publishedAt;
	}

	public void setPublishedAt(LocalDateTime publishedAt) {
		this.publishedAt = publishedAt;
	}

	public MultipartFile getCoverFile() {
		return this.coverFile;
	}

	public void setCoverFile(MultipartFile coverFile) {
		this.coverFile = coverFile;
	}

	@Override
	public List<String> errorOrder() {
		return Stream.concat(Stream.of("coverFile"), fieldNames().stream()).toList();
	}

}
