package org.craftsman.portal.live;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.common.AuditedEntity;
import org.craftsman.portal.common.NaturalKey;

/**
 * A person who speaks in programme sessions, named in both languages, with a title, an
 * organization and a photo.
 */
@Entity
@Table(name = "speakers")
public class Speaker extends AuditedEntity {

	/** Sessions name their speakers by their Chinese names, which are unique. */
	public static final NaturalKey<Speaker> BY_NAME = new NaturalKey<>(Speaker.class, "name", Speaker::getName);

	@NotBlank
	@Size(max = 100)
	@Column(nullable = false)
	private String name;

	@Size(max = 100)
	@Column(name = "name_en")
	private String nameEn;

	@NotBlank
	@Size(max = 200)
	@Column(nullable = false)
	private String title;

	@Size(max = 200)
	@Column(name = "title_en")
	private String titleEn;

	@Size(max = 200)
	private String organization;

	@Size(max = 200)
	@Column(name = "organization_en")
	private String organizationEn;

	@Size(max = 2000)
	private String biography;

	@Size(max = 4000)
	@Column(name = "biography_en")
	private String biographyEn;

	@Size(max = 500)
	@Column(name = "photo_ref")
	private String photoRef;

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

}
