package org.craftsman.portal.result;

import org.craftsman.portal.common.NaturalKey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.area.ExhibitionArea;
import org.craftsman.portal.common.AuditedEntity;
import org.craftsman.portal.organization.Organization;

/**
 * What workers and craftsmen invented: exhibited in an area, credited to its innovators
 * and their organization. Like and visit counters are only ever changed by
 * single-statement increments in the database, never through this entity.
 */
@Entity
@Table(name = "innovation_results")
public class InnovationResult extends AuditedEntity {

	/** How forms and spreadsheets name innovationResult records. */
	public static final NaturalKey<InnovationResult> BY_CODE = new NaturalKey<>(InnovationResult.class, "code",
			InnovationResult::getCode);

	/** Separates innovators' names in {@link #getInnovators()}. */
	public static final String INNOVATOR_SEPARATOR = "、";

	@NotBlank
	@Size(max = 30)
	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*")
	@Column(nullable = false)
	private String code;

	@NotBlank
	@Size(max = 300)
	@Column(nullable = false)
	private String title;

	@Size(max = 300)
	@Column(name = "title_en")
	private String titleEn;

	@NotBlank
	@Size(max = 10000)
	@Column(nullable = false)
	private String summary;

	@Size(max = 10000)
	@Column(name = "summary_en")
	private String summaryEn;

	@NotBlank
	@Size(max = 50)
	@Column(nullable = false)
	private String category;

	@NotBlank
	@Size(max = 50)
	@Column(nullable = false)
	private String region;

	@NotBlank
	@Size(max = 300)
	@Column(nullable = false)
	private String innovators;

	@Size(max = 300)
	@Column(name = "innovators_en")
	private String innovatorsEn;

	@NotNull
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organization_id", nullable = false)
	private Organization organization;

	@NotNull
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "area_id", nullable = false)
	private ExhibitionArea area;

	@Column(name = "image_ref")
	private String imageRef;

	@Column(nullable = false)
	private boolean published = true;

	@Column(nullable = false)
	private boolean featured;

	@Column(name = "like_count", nullable = false, insertable = false, updatable = false)
	private long likeCount;

	@Column(name = "visit_count", nullable = false, insertable = false, updatable = false)
	private long visitCount;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
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

	public String getCategory() {
		return this.category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public String getInnovators() {
		return this.innovators;
	}

	public void setInnovators(String innovators) {
		this.innovators = innovators;
	}

	public String getInnovatorsEn() {
		return this.innovatorsEn;
	}

	public void setInnovatorsEn(String innovatorsEn) {
		this.innovatorsEn = innovatorsEn;
	}

	public Organization getOrganization() {
		return this.organization;
	}

	public void setOrganization(Organization organization) {
		this.organization = organization;
	}

	public ExhibitionArea getArea() {
		return this.area;
	}

	public void setArea(ExhibitionArea area) {
		this.area = area;
	}

	public boolean isPublished() {
		return this.published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public boolean isFeatured() {
		return this.featured;
	}

	public void setFeatured(boolean featured) {
		this.featured = featured;
	}

	public long getLikeCount() {
		return this.likeCount;
	}

	public long getVisitCount() {
		return this.visitCount;
	}

	/** The address of the picture organizers uploaded, if any. */
	public String getImageRef() {
		return this.imageRef;
	}

	public void setImageRef(String imageRef) {
		this.imageRef = imageRef;
	}

}
