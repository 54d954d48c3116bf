package org.craftsman.portal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The rows of the demo data set, one record per table. */
final class DemoRows {

	private DemoRows() {
	}

	record ConferenceRow(long id, String name, String nameEn, String city, String cityEn, String venue, String venueEn,
			LocalDate startsOn, LocalDate endsOn) implements DemoRow {

		@Override
		public String table() {
			return "conference";
		}

	}

	record OrganizationRow(long id, String name, String nameEn, String kind, String region) implements DemoRow {

		@Override
		public String table() {
			return "organizations";
		}

	}

	/** A hall of the venue's floor plan, in metres. */
	record HallRow(long id, String code, String name, String nameEn, int planX, int planY, int planWidth,
			int planHeight, int displayOrder) implements DemoRow {

		@Override
		public String table() {
			return "venue_halls";
		}

	}

	/** An area, placed in its hall on the floor plan (offline areas) or not (online). */
	record AreaRow(long id, String code, String name, String nameEn, String kind, String hall, String hallEn,
			BigDecimal floorArea, String theme, String themeEn, String description, String descriptionEn,
			int displayOrder, Long planHallId, Integer planX, Integer planY, Integer planWidth,
			Integer planHeight) implements DemoRow {

		@Override
		public String table() {
			return "exhibition_areas";
		}

	}

	record ResultRow(long id, String code, String title, String titleEn, String summary, String summaryEn,
			String category, String region, String innovators, String innovatorsEn, long organizationId, long areaId,
			boolean published, boolean featured, long likeCount, long visitCount,
			OffsetDateTime createdAt) implements DemoRow {

		@Override
		public String table() {
			return "innovation_results";
		}

	}

	record HotspotRow(long id, long areaId, Long resultId, String title, String titleEn, String mediaKind,
			String mediaRef, String posterRef, String description, String descriptionEn, int displayOrder,
			long visitCount) implements DemoRow {

		@Override
		public String table() {
			return "online_hotspots";
		}

	}

	record SceneRow(long id, String code, Long areaId, String title, String titleEn, String panoramaRef,
			String previewRef, double initialYaw, double initialPitch, int displayOrder) implements DemoRow {

		@Override
		public String table() {
			return "hall_scenes";
		}

	}

	record SceneLinkRow(long id, long sceneId, long targetSceneId, double yaw, double pitch) implements DemoRow {

		@Override
		public String table() {
			return "hall_scene_links";
		}

	}

	record HotspotPlaceRow(long id, long hotspotId, long sceneId, double yaw, double pitch) implements DemoRow {

		@Override
		public String table() {
			return "hall_hotspot_places";
		}

	}

	record ContractRow(long id, String contractNo, long resultId, long transfereeId, BigDecimal amount,
			LocalDate signedOn, String kind) implements DemoRow {

		@Override
		public String table() {
			return "transformation_contracts";
		}

	}

	record AwardRow(long id, String code, String name, String nameEn, String recipientKind,
			int displayOrder) implements DemoRow {

		@Override
		public String table() {
			return "awards";
		}

	}

	record AnnouncementRow(long id, long awardId, int rank, String recipientName, String recipientNameEn,
			String recipientTitle, String recipientTitleEn, Long organizationId, Long resultId, String citation,
			String citationEn, LocalDate announcedOn) implements DemoRow {

		@Override
		public String table() {
			return "award_announcements";
		}

	}

	record BroadcastRow(long id, String title, String titleEn, String description, String descriptionEn, String host,
			String hostEn, long areaId, OffsetDateTime startsAt, OffsetDateTime endsAt, String streamUrl,
			String replayUrl, long viewCount, String tags, String tagsEn) implements DemoRow {

		@Override
		public String table() {
			return "live_broadcasts";
		}

	}

	/** A news article; the demo's are published at their moment of the conference. */
	record ArticleRow(long id, String slug, String title, String titleEn, String summary, String summaryEn, String body,
			String bodyEn, String coverRef, String tags, String tagsEn, String author, String authorEn, String status,
			OffsetDateTime publishedAt, OffsetDateTime createdAt, OffsetDateTime updatedAt) implements DemoRow {

		@Override
		public String table() {
			return "news_articles";
		}

	}

	record SpeakerRow(long id, String name, String nameEn, String title, String titleEn, String organization,
			String organizationEn, String biography, String biographyEn) implements DemoRow {

		@Override
		public String table() {
			return "speakers";
		}

	}

	record BroadcastSpeakerRow(long broadcastId, int position, long speakerId) implements DemoRow {

		@Override
		public String table() {
			return "broadcast_speakers";
		}

	}

}
