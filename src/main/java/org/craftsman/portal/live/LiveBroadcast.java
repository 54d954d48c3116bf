package org.craftsman.portal.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.craftsman.portal.area.ExhibitionArea;
import org.craftsman.portal.common.AuditedEntity;

/**
 * A scheduled live broadcast, with its stream while on air and its replay afterwards.
 */
@Entity
@Table(name = "live_broadcasts")
public class LiveBroadcast extends AuditedEntity {

	@NotBlank
	@Size(max = 200)
	@Column(nullable = false)
	private String title;

	@Size(max = 200)
	@Column(name = "title_en")
	private String titleEn;

	@Size(max = 5000)
	private String description;

	@Size(max = 5000)
	@Column(name = "description_en")
	private String descriptionEn;

	@NotBlank
	@Size(max = 100)
	@Column(nullable = false)
	private String host;

	@Size(max = 100)
	@Column(name = "host_en")
	private String hostEn;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "area_id")
	private ExhibitionArea area;

	@NotNull
	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@NotNull
	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Size(max = 500)
	@Column(name = "stream_url")
	private String streamUrl;

	@Size(max = 500)
	@Column(name = "replay_url")
	private String replayUrl;

	@Column(name = "view_count", nullable = false, insertable = false, updatable = false)
	private long viewCount;

	@Size(max = 300)
	private String tags;

	@Size(max = 300)
	@Column(name = "tags_en")
	private String tagsEn;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "broadcast_speakers", joinColumns = @JoinColumn(name = "broadcast_id"),
			inverseJoinColumns = @JoinColumn(name = "speaker_id"))
	@OrderColumn(name = "position")
	private List<Speaker> speakers = new ArrayList<>();

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

	public ExhibitionArea getArea() {
		return this.area;
	}

	public void setArea(ExhibitionArea area) {
		this.area = area;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(Instant startsAt) {
		this.startsAt = startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(Instant endsAt) {
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

	public long getViewCount() {
		return this.viewCount;
	}

	/** Tags in Chinese, separated by commas. */
	public String getTags() {
		return this.tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	/** Tags in English, separated by commas. */
	public String getTagsEn() {
		return this.tagsEn;
	}

	public void setTagsEn(String tagsEn) {
		this.tagsEn = tagsEn;
	}

	/** The session's speakers in the order the programme names them. */
	public List<Speaker> getSpeakers() {
		return this.speakers;
	}

	/**
	 * Replaces the speakers: a new list, so that the old order is dropped whole and
	 * written afresh.
	 */
	public void setSpeakers(List<Speaker> speakers) {
		this.speakers = new ArrayList<>(speakers);
	}

}
