package org.craftsman.portal.hall;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.area.ExhibitionArea;
import org.craftsman.portal.common.AuditedEntity;
import org.craftsman.portal.common.NaturalKey;

/**
 * One 360° scene of the real-scene hall: an equirectangular panorama of a zone (or of the
 * whole hall, the lobby, when it has no zone) and the direction a visitor first looks.
 */
@Entity
@Table(name = "hall_scenes")
public class HallScene extends AuditedEntity {

	/** How forms and spreadsheets name scenes. */
	public static final NaturalKey<HallScene> BY_CODE = new NaturalKey<>(HallScene.class, "code", HallScene::getCode);

	@NotBlank
	@Size(max = 20)
	@Column(nullable = false)
	private String code;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "area_id")
	private ExhibitionArea area;

	@NotBlank
	@Size(max = 200)
	@Column(nullable = false)
	private String title;

	@Size(max = 200)
	@Column(name = "title_en")
	private String titleEn;

	@NotBlank
	@Size(max = 500)
	@Column(name = "panorama_ref", nullable = false)
	private String panoramaRef;

	@Size(max = 500)
	@Column(name = "preview_ref")
	private String previewRef;

	@Column(name = "initial_yaw", nullable = false)
	private double initialYaw;

	@Column(name = "initial_pitch", nullable = false)
	private double initialPitch;

	@Column(name = "display_order", nullable = false)
	private int displayOrder;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public ExhibitionArea getArea() {
		return this.area;
	}

	public void setArea(ExhibitionArea area) {
		this.area = area;
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

	public String getPanoramaRef() {
		return this.panoramaRef;
	}

	public void setPanoramaRef(String panoramaRef) {
		this.panoramaRef = panoramaRef;
	}

	public String getPreviewRef() {
		return this.previewRef;
	}

	public void setPreviewRef(String previewRef) {
		this.previewRef = previewRef;
	}

	public double getInitialYaw() {
		return this.initialYaw;
	}

	public void setInitialYaw(double initialYaw) {
		this.initialYaw = initialYaw;
	}

	public double getInitialPitch() {
		return this.initialPitch;
	}

	public void setInitialPitch(double initialPitch) {
		this.initialPitch = initialPitch;
	}

	public int getDisplayOrder() {
		return this.displayOrder;
	}

	public void setDisplayOrder(int displayOrder) {
		this.displayOrder = displayOrder;
	}

}
