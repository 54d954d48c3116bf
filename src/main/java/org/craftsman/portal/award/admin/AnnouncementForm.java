package org.craftsman.portal.award.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.admin.AdminForm;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * One recipient of an award as organizers announce it: a person, an organization (by
 * name) or a result (by code).
 */
public class AnnouncementForm extends AdminForm {

	@NotBlank
	@Size(max = 40)
	private String awardCode;

	@NotNull
	@Min(1)
	@Max(10000)
	private Integer rank;

	@Size(max = 200)
	private String recipientName;

	@Size(max = 200)
	private String recipientNameEn;

	@Size(max = 200)
	private String recipientTitle;

	@Size(max = 200)
	private String recipientTitleEn;

	@Size(max = 200)
	private String organizationName;

	@Size(max = 30)
	private String resultCode;

	@Size(max = 5000)
	private String citation;

	@Size(max = 5000)
	private String citationEn;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate announcedOn;

	private Boolean published = true;

	public String getAwardCode() {
		return this.awardCode;
	}

	public void setAwardCode(String awardCode) {
		this.awardCode = awardCode;
	}

	public Integer getRank() {
		return this.rank;
	}

	public void setRank(Integer rank) {
		this.rank = rank;
	}

	public String getRecipientName() {
		return this.recipientName;
	}

	public void setRecipientName(String recipientName) {
		this.recipientName = recipientName;
	}

	public String getRecipientNameEn() {
		return this.recipientNameEn;
	}

	public void setRecipientNameEn(String recipientNameEn) {
		this.recipientNameEn = recipientNameEn;
	}

	public String getRecipientTitle() {
		return this.recipientTitle;
	}

	public void setRecipientTitle(String recipientTitle) {
		this.recipientTitle = recipientTitle;
	}

	public String getRecipientTitleEn() {
		return this.recipientTitleEn;
	}

	public void setRecipientTitleEn(String recipientTitleEn) {
		this.recipientTitleEn = recipientTitleEn;
	}

	public String getOrganizationName() {
		return this.organizationName;
	}

	public void setOrganizationName(String organizationName) {
		this.organizationName = organizationName;
	}

	public String getResultCode() {
		return this.resultCode;
	}

	public void setResultCode(String resultCode) {
		this.resultCode = resultCode;
	}

	public String getCitation() {
		return this.citation;
	}

	public void setCitation(String citation) {
		this.citation = citation;
	}

	public String getCitationEn() {
		return this.citationEn;
	}

	public void setCitationEn(String citationEn) {
		this.citationEn = citationEn;
	}

	public LocalDate getAnnouncedOn() {
		return this.announcedOn;
	}

	public void setAnnouncedOn(LocalDate announcedOn) {
		this.announcedOn = announcedOn;
	}

	public Boolean getPublished() {
		return this.published;
	}

	public void setPublished(Boolean published) {
		this.published = (published != null) ? published : true;
	}

}
