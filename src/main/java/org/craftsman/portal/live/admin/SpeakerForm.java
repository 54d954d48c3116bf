package org.craftsman.portal.live.admin;

import java.util.List;
import java.util.stream.Stream;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.admin.AdminForm;

import org.springframework.web.multipart.MultipartFile;

/**
 * A speaker as organizers enter them: name, title and organization in both languages, a
 * short biography and a photo.
 */
public class SpeakerForm extends AdminForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	@Size(max = 100)
	private String nameEn;

	@NotBlank
	@Size(max = 200)
	private String title;

	@Size(max = 200)
	private String titleEn;

	@Size(max = 200)
	private String organization;

	@Size(max = 200)
	private String organizationEn;

	@Size(max = 2000)
	private String biography;

	@Size(max = 4000)
	private String biographyEn;

	@Size(max = 500)
	@Pattern(regexp = "/media/[A-Za-z0-9._/-]+")
	private String photoRef;

	private MultipartFile photoFile;

	@Override
	public List<String> errorOrder() {
		return Stream.concat(Stream.of("photoFile"), fieldNames().stream()).toList();
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
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

	public String getOrganization() {
		return this.organization;
	}

	public void setOrganization(String organization) {
		this.organization = organization;
	}

	public String getOrganizationEn() {
		return this.organizationEn;
	}

	public void setOrganizationEn(String organizationEn) {
		this.organizationEn = organizationEn;
	}

	public String getBiography() {
		return this.biography;
	}

	public void setBiography(String biography) {
		this.biography = biography;
	}

	public String getBiographyEn() {
		return this.biographyEn;
	}

	public void setBiographyEn(String biographyEn) {
		this.biographyEn = biographyEn;
	}

	public String getPhotoRef() {
		return this.photoRef;
	}

	public void setPhotoRef(String photoRef) {
		this.photoRef = photoRef;
	}

	public MultipartFile getPhotoFile() {
		return this.photoFile;
	}

	public void setPhotoFile(MultipartFile photoFile) {
		this.photoFile = photoFile;
	}

}
