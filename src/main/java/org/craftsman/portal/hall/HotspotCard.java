package org.craftsman.portal.hall;

import org.craftsman.portal.media.MediaKind;

/**
 * A hotspot of the online hall as the public pages show it.
 *
 * @param id the hotspot's id
 * @param title its Chinese title
 * @param titleEn its English title
 * @param description its Chinese description
 * @param descriptionEn its English description
 * @param mediaKind picture, audio or video
 * @param mediaRef the address of its picture, audio or video
 * @param posterRef the address of its poster picture, when it has one
 * @param areaId the zone of the online hall it belongs to
 * @param areaName the zone's Chinese name
 * @param areaNameEn the zone's English name
 * @param resultId the result it presents, when it presents one
 * @param resultTitle that result's Chinese title
 * @param resultTitleEn that result's English title
 * @param visitCount visits so far
 */
public record HotspotCard(long id, String title, String titleEn, String description, String descriptionEn,
		MediaKind mediaKind, String mediaRef, String posterRef, long areaId, String areaName, String areaNameEn,
		Long resultId, String resultTitle, String resultTitleEn, long visitCount) {

	/** The picture a card shows: its poster, or the picture itself for a graphic. */
	public String picture() {
		if (this.posterRef != null && !this.posterRef.isBlank()) {
			return this.posterRef;
		}
		return (this.mediaKind == MediaKind.GRAPHIC) ? this.mediaRef : null;
	}

	/**
	 * The WebM twin of a demo video shipped as MP4, for browsers that play no H.264; the
	 * page offers it as a second source. Null for every other hotspot.
	 */
	public String webmTwin() {
		if (this.mediaKind != MediaKind.VIDEO || this.mediaRef == null
				|| !this.mediaRef.matches("/media/hotspot-[0-9]+\\.mp4")) {
			return null;
		}
		return this.mediaRef.substring(0, this.mediaRef.length() - ".mp4".length()) + ".webm";
	}

	/** The media type a player announces for its source. */
	public String mediaType() {
		String ref = this.mediaRef.toLowerCase(java.util.Locale.ROOT);
		if (ref.endsWith(".webm")) {
			return "video/webm";
		}
		if (ref.endsWith(".mp4") || ref.endsWith(".m4v")) {
			return "video/mp4";
		}
		if (ref.endsWith(".mp3")) {
			return "audio/mpeg";
		}
		if (ref.endsWith(".ogg") || ref.endsWith(".oga")) {
			return "audio/ogg";
		}
		if (ref.endsWith(".m4a")) {
			return "audio/mp4";
		}
		return null;
	}

}
