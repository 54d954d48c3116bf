package org.craftsman.portal.hall.admin;

import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.admin.AdminForm;

import org.springframework.web.multipart.MultipartFile;

/** A scene of the real-scene hall as organizers enter it, with its uploaded panorama. */
public class SceneForm extends AdminForm {

	@NotBlank
	@Size(max = 20)
	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*")
	private String code;

	@Size(max = 20)
	private String areaCode;

	@NotBlank
	@Size(max = 200)
	private String title;

	@Size(max = 200)
	private String titleEn;

	@Size(max = 500)
	@Pattern(regexp = "/media/[A-Za-z0-9._/-]+")
	private String panoramaRef;

	@Size(max = 500)
	@Pattern(regexp = "/media/[A-Za-z0-9._/-]+")
	private String previewRef;

	@NotNull
	@DecimalMin("-180")
	@DecimalMax("180")
	private Double initialYaw = 0.0;

	@NotNull
	@DecimalMin("-90")
	@DecimalMax("90")
	private Double initialPitch = 0.0;

	@Min(-1_000_000)
	@Max(1_000_000)
	private Integer displayOrder = 0;

	private MultipartFile panoramaFile;

	@Override
	public List<String> errorOrder() {
		return Stream.concat(Stream.of("panoramaFile"), fieldNames().stream()).toList();
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getAreaCode() {
		return this.areaCode;
	}

	public void setAreaCode(String areaCode) {
		this.areaCode = areaCode;
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

	public Double getInitialYaw() {
		return this.initialYaw;
	}

	public void setInitialYaw(Double initialYaw) {
		this.initialYaw = initialYaw;
	}

	public Double getInitialPitch() {
		return this.initialPitch;
	}

	public void setInitialPitch(Double initialPitch) {
		this.initialPitch = initialPitch;
	}

	public Integer getDisplayOrder() {
		return this.displayOrder;
	}

	public void setDisplayOrder(Integer displayOrder) {
		this.displayOrder = (displayOrder != null) ? displayOrder : 0;
	}

	public MultipartFile getPanoramaFile() {
		return this.panoramaFile;
	}

	public void setPanoramaFile(MultipartFile panoramaFile) {
		this.panoramaFile = panoramaFile;
	}

}
