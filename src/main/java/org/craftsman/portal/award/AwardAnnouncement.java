package org.craftsman.portal.award;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.common.AuditedEntity;
import org.craftsman.portal.organization.Organization;
import org.craftsman.portal.result.InnovationResult;

/**
 * One recipient of an award, in rank order: a person (named, with their organization and
 * result), an organization unit, or a result.
 */
@Entity
@Table(name = "award_announcements")
public class AwardAnnouncement extends AuditedEntity {

	@NotNull
	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "award_id", nullable = false)
	private Award award;

	@Min(1)
	@Max(10000)
	@Column(nullable = false)
	private int rank;

	@Size(max = 200)
	@Column(name = "recipient_name")
	private String recipientName;

	@Size(max = 200)
	@Column(name = "recipient_name_en")
	private String recipientNameEn;

	@Size(max = 200)
	@Column(name = "recipient_title")
	private String recipientTitle;

	@Size(max = 200)
	@Column(name = "recipient_title_en")
	private String recipientTitleEn;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organization_id")
	private Organization organization;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "result_id")
	private InnovationResult result;

	@Size(max = 5000)
	private String citation;

	@Size(max = 5000)
	@Column(name = "citation_en")
	private String citationEn;

	@NotNull
	@Column(name = "announced_on", nullable = false)
	private LocalDate announcedOn;

	@Column(nullable = false)
	private boolean published = true;

	public Award getAward() {
		return this.award;
	}

	public void setAward(Award award) {
		this.award = award;
	}

	public int getRank() {
		return this.rank;
	}

	public void setRank(int rank) {
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

	public Organization getOrganization() {
		return this.organization;
	}

	public void setOrganization(Organization organization) {
		this.organization = organization;
	}

	public InnovationResult getResult() {
		return this.result;
	}

	public void setResult(InnovationResult result) {
		this.result = result;
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

	public boolean isPublished() {
		return this.published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

}
