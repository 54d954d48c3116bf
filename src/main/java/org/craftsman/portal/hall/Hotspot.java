package org.craftsman.portal.hall;

import org.craftsman.portal.media.MediaKind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.area.ExhibitionArea;
import org.craftsman.portal.common.AuditedEntity;
import org.craftsman.portal.result.InnovationResult;

/**
 * A graphic, audio or video point of interest in the online exhibition hall.
 */
@Entity
@Table(name = "online_hotspots")
public class Hotspot extends AuditedEntity {

	@NotNull
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "area_id", nullable = false)
	private ExhibitionArea area;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "result_id")
	private InnovationResult result;

	@NotBlank
	@Size(max = 200)
	@Column(nullable = false)
	private String title;

	@Size(max = 200)
	@Column(name = "title_en")
	private String titleEn;

	@NotNull
	@Enumerated(EnumType.STRING)
	@Column(name = "media_kind", nullable = false)
	private MediaKind mediaKind;

	@NotBlank
	@Size(max = 500)
	@Column(name = "media_ref", nullable = false)
	private String mediaRef;

	@Size(max = 500)
	@Column(name = "poster_ref")
	private String posterRef;

	@Size(max = 5000)
	private String description;

	@Size(max = 5000)
	@Column(name = "description_en")
	private String descriptionEn;

	@Column(name = "display_order", nullable = false)
	private int displayOrder;

	@Column(name = "visit_count", nullable = false, insertable = false, updatable = false)
	private long visitCount;

	public ExhibitionArea getArea() {
		return this.area;
	}

	public void setArea(ExhibitionArea area) {
		this.area = area;
	}

	public InnovationResult getResult() {
		return this.result;
	}

	public void setResult(InnovationResult result) {
		this.result = result;
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

	public MediaKind getMediaKind() {
		return this.mediaKind;
	}

	public void setMediaKind(MediaKind mediaKind) {
		this.mediaKind = mediaKind;
	}

	public String getMediaRef() {
		return this.mediaRef;
	}

	public void setMediaRef(String mediaRef) {
		this.mediaRef = mediaRef;
	}

	public String getPosterRef() {
		return this.posterRef;
	}

	public void setPosterRef(String posterRef) {
		this.posterRef = posterRef;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public int getDisplayOrder() {
		return this.displayOrder;
	}

	public void setDisplayOrder(int displayOrder) {
		this.displayOrder = displayOrder;
	}

	public long getVisitCount() {
		return this.visitCount;
	}

}
