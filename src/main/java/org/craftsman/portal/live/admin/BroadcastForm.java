package org.craftsman.portal.live.admin;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.common.web.SiteAddress;
import org.craftsman.portal.admin.AdminForm;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A live broadcast as organizers enter it; times are local to the conference.
 */
public class BroadcastForm extends AdminForm {

	@NotBlank
	@Size(max = 200)
	private String title;

	@Size(max = 200)
	private String titleEn;

	@Size(max = 5000)
	private String description;

	@Size(max = 5000)
	private String descriptionEn;

	@NotBlank
	@Size(max = 100)
	private String host;

	@Size(max = 100)
	private String hostEn;

	@Size(max = 20)
	private String areaCode;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = { "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm" })
	private LocalDateTime startsAt;

	@NotNull
	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = { "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm" })
	private LocalDateTime endsAt;

	@Size(max = 500)
	@SiteAddress
	private String streamUrl;

	@Size(max = 500)
	@SiteAddress
	private String replayUrl;

	@Size(max = 1000)
	private String speakerNames;

	@Size(max = 300)
	private String tags;

	@Size(max = 300)
	private String tagsEn;

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

	public String getHost() {
		return this.host;
	}

	public void setHost(String host) {
		this.host = host;
	}

	public String getHostEn() {
		return this.hostEn;
	}

	public void setHostEn(String hostEn) {
		this.hostEn = hostEn;
	}

	public String getAreaCode() {
		return this.areaCode;
	}

	public void setAreaCode(String areaCode) {
		this.areaCode = areaCode;
	}

	public LocalDateTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalDateTime getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(LocalDateTime endsAt) {
		this.endsAt = endsAt;
	}

	public String getStreamUrl() {
		return this.streamUrl;
	}

	public void setStreamUrl(String streamUrl) {
		this.streamUrl = streamUrl;
	}

	public String getReplayUrl() {
		return this.replayUrl;
	}

	public void setReplayUrl(String replayUrl) {
		this.replayUrl = replayUrl;
	}

	/** The speakers' Chinese names, one a line, in the order the programme names them. */
	public String getSpeakerNames() {
		return this.speakerNames;
	}

	public void setSpeakerNames(String speakerNames) {
		this.speakerNames = speakerNames;
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

}
