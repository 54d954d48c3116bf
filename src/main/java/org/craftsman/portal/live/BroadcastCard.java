package org.craftsman.portal.live;

import java.time.Instant;
import java.util.List;

import org.craftsman.portal.common.web.SiteAddresses;

/**
 * A live broadcast as the public pages show it.
 *
 * @param id the broadcast's id
 * @param title its Chinese title
 * @param titleEn its English title
 * @param description its Chinese description
 * @param descriptionEn its English description
 * @param host who presents it (Chinese)
 * @param hostEn who presents it (English)
 * @param areaId the area it comes from, when it comes from one
 * @param areaName that area's Chinese name
 * @param areaNameEn that area's English name
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param streamUrl where it streams while on air
 * @param replayUrl where its replay is, once it has ended
 * @param viewCount views so far
 * @param tags its tags in Chinese, separated by commas
 * @param tagsEn its tags in English, separated by commas
 * @param speakers its speakers in programme order
 */
public record BroadcastCard(long id, String title, String titleEn, String description, String descriptionEn,
		String host, String hostEn, Long areaId, String areaName, String areaNameEn, Instant startsAt, Instant endsAt,
		String streamUrl, String replayUrl, long viewCount, String tags, String tagsEn, List<SpeakerCard> speakers) {

	/** The same session with its speakers. */
	BroadcastCard withSpeakers(List<SpeakerCard> speakers) {
		return new BroadcastCard(this.id, this.title, this.titleEn, this.description, this.descriptionEn, this.host,
				this.hostEn, this.areaId, this.areaName, this.areaNameEn, this.startsAt, this.endsAt, this.streamUrl,
				this.replayUrl, this.viewCount, this.tags, this.tagsEn, List.copyOf(speakers));
	}

	/** The tags in a language: English ones when there are any, else the Chinese. */
	public List<String> tagsFor(boolean english) {
		List<String> englishTags = Tags.split(this.tagsEn);
		return (english && !englishTags.isEmpty()) ? englishTags : Tags.split(this.tags);
	}

	/** Whether an address is an HLS playlist, which the page plays through its player. */
	public static boolean isHls(String url) {
		if (url == null) {
			return false;
		}
		int end = url.indexOf('?');
		return ((end < 0) ? url : url.substring(0, end)).toLowerCase(java.util.Locale.ROOT).endsWith(".m3u8");
	}

	public BroadcastState stateAt(Instant now) {
		if (now.isBefore(this.startsAt)) {
			return BroadcastState.UPCOMING;
		}
		return now.isBefore(this.endsAt) ? BroadcastState.ON_AIR : BroadcastState.ENDED;
	}

	/** What a visitor can watch at this moment: the stream on air, the replay after. */
	public String watchUrl(Instant now) {
		return switch (stateAt(now)) {
			case ON_AIR -> this.streamUrl;
			case ENDED -> this.replayUrl;
			case UPCOMING -> null;
		};
	}

	/**
	 * Whether a watch address is served by the portal itself, so the page can play it.
	 */
	public static boolean playable(String url) {
		return SiteAddresses.isSiteRelative(url);
	}

}
