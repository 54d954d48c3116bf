package org.craftsman.portal.news;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.common.AuditedEntity;

/**
 * A news article as organizers write it: Markdown text in Chinese and, optionally, in
 * English, a cover picture, tags, and when it is published.
 */
@Entity
@Table(name = "news_articles")
public class Article extends AuditedEntity {

	@NotBlank
	@Size(max = 80)
	@Column(nullable = false)
	private String slug;

	@NotBlank
	@Size(max = 200)
	@Column(nullable = false)
	private String title;

	@Size(max = 200)
	@Column(name = "title_en")
	private String titleEn;

	@NotBlank
	@Size(max = 500)
	@Column(nullable = false)
	private String summary;

	@Size(max = 500)
	@Column(name = "summary_en")
	private String summaryEn;

	@NotBlank
	@Size(max = 50000)
	@Column(nullable = false)
	private String body;

	@Size(max = 50000)
	@Column(name = "body_en")
	private String bodyEn;

	@Size(max = 500)
	@Column(name = "cover_ref")
	private String coverRef;

	@Size(max = 200)
	@Column(name = "cover_alt")
	private String coverAlt;

	@Size(max = 200)
	@Column(name = "cover_alt_en")
	private String coverAltEn;

	@Size(max = 400)
	private String tags;

	@Size(max = 400)
	@Column(name = "tags_en")
	private String tagsEn;

	@NotBlank
	@Size(max = 100)
	@Column(nullable = false)
	private String author;

	@Size(max = 100)
	@Column(name = "author_en")
	private String authorEn;

	@NotNull
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ArticleStatus status = ArticleStatus.DRAFT;

	@Column(name = "published_at")
	private Instant publishedAt;

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

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

	public ArticleStatus getStatus() {
		return this.status;
	}

	public void setStatus(ArticleStatus status) {
		this.status = status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public void setPublishedAt(Instant publishedAt) {
		this.publishedAt = publishedAt;
	}

	/** Whether readers see the article now. */
	public boolean visibleNow() {
		return visibleAt(Instant.now());
	}

	/** Whether readers see the article at a moment. */
	public boolean visibleAt(Instant now) {
		return this.status == ArticleStatus.PUBLISHED && this.publishedAt != null && !this.publishedAt.isAfter(now);
	}

}
