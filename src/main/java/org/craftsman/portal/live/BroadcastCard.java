package org.craftsman.portal.live;

import java.time.Instant;

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
 */
public record BroadcastCard(long id, String title, String titleEn, String description, String descriptionEn,
		String host, String hostEn, Long areaId, String areaName, String areaNameEn, Instant startsAt, Instant endsAt,
		String streamUrl, String replayUrl, long viewCount) {

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
