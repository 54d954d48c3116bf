package org.craftsman.portal.result.admin;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.admin.AdminForm;

import org.springframework.web.multipart.MultipartFile;

/**
 * An innovation result as organizers enter it; its organization is named by name and its
 * area by code.
 */
public class ResultForm extends AdminForm {

	@NotBlank
	@Size(max = 30)
	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*")
	private String code;

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 300)
	private String titleEn;

	@NotBlank
	@Size(max = 10000)
	private String summary;

	@Size(max = 10000)
	private String summaryEn;

	@NotBlank
	@Size(max = 50)
	private String category;

	@NotBlank
	@Size(max = 50)
	private String region;

	@NotBlank
	@Size(max = 300)
	private String innovators;

	@Size(max = 300)
	private String innovatorsEn;

	@NotBlank
	@Size(max = 200)
	private String organizationName;

	@NotBlank
	@Size(max = 20)
	private String areaCode;

	private Boolean published = true;

	private Boolean featured = false;

	@Size(max = 500)
	@Pattern(regexp = "/media/[A-Za-z0-9._/-]+")
	private String imageRef;

	private MultipartFile imageFile;

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

	public String getOrganizationName() {
		return this.organizationName;
	}

	public void setOrganizationName(String organizationName) {
		this.organizationName = organizationName;
	}

	public String getAreaCode() {
		return this.areaCode;
	}

	public void setAreaCode(String areaCode) {
		this.areaCode = areaCode;
	}

	public Boolean getPublished() {
		return this.published;
	}

	public void setPublished(Boolean published) {
		this.published = (published != null) ? published : true;
	}

	public Boolean getFeatured() {
		return this.featured;
	}

	public void setFeatured(Boolean featured) {
		this.featured = (featured != null) ? featured : false;
	}

	/** A column an import file may leave out: the result then keeps its picture. */
	@Override
	public List<String> optionalFields() {
		return List.of("imageRef");
	}

	@Override
	public List<String> errorOrder() {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of("imageFile"), fieldNames().stream()).toList();
	}

	public String getImageRef() {
		return this.imageRef;
	}

	public void setImageRef(String imageRef) {
		this.imageRef = imageRef;
	}

	public MultipartFile getImageFile() {
		return this.imageFile;
	}

	public void setImageFile(MultipartFile imageFile) {
		this.imageFile = imageFile;
	}

}
