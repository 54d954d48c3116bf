package org.craftsman.portal.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.craftsman.portal.common.PublicReads;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public reads of live broadcasts (programme sessions) with their speakers, and of
 * speakers with their sessions.
 */
@Repository
public class LiveQueries {

	private static final String COLUMNS = """
			SELECT b.id, b.title, b.title_en, b.description, b.description_en, b.host, b.host_en,
			       b.starts_at, b.ends_at, b.stream_url, b.replay_url, b.view_count, b.tags, b.tags_en,
			       a.id AS area_id, a.name AS area_name, a.name_en AS area_name_en
			FROM live_broadcasts b
			LEFT JOIN exhibition_areas a ON a.id = b.area_id
			""";

	private static final String SPEAKER_COLUMNS = """
			s.id, s.name, s.name_en, s.title, s.title_en, s.organization, s.organization_en, s.biography,
			s.biography_en, s.photo_ref""";

	private final JdbcClient jdbc;

	/** Reads from the replica when one keeps up ({@link PublicReads}). */
	LiveQueries(PublicReads reads) {
		this.jdbc = reads.jdbc();
	}

	/** The whole programme in order of time, each session with its speakers. */
	public List<BroadcastCard> programme() {
		List<BroadcastCard> sessions = this.jdbc.sql(COLUMNS + " ORDER BY b.starts_at, b.id")
			.query(LiveQueries::broadcast)
			.list();
		return withSpeakers(sessions, speakersOf("TRUE", List.of()));
	}

	public Optional<BroadcastCard> find(long id) {
		return this.jdbc.sql(COLUMNS + " WHERE b.id = ?")
			.param(id)
			.query(LiveQueries::broadcast)
			.optional()
			.map((session) -> withSpeakers(List.of(session), speakersOf("bs.broadcast_id = ?", List.of(id))).get(0));
	}

	/** The sessions on air at a moment, in order of time. */
	public List<BroadcastCard> onAirAt(Instant now) {
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		return this.jdbc.sql(COLUMNS + " WHERE b.starts_at <= ? AND b.ends_at > ? ORDER BY b.starts_at, b.id")
			.params(at, at)
			.query(LiveQueries::broadcast)
			.list();
	}

	public Optional<SpeakerCard> speaker(long id) {
		return this.jdbc.sql("SELECT " + SPEAKER_COLUMNS + " FROM speakers s WHERE s.id = ?")
			.param(id)
			.query(LiveQueries::speaker)
			.optional();
	}

	/** The sessions a speaker speaks in, in order of time, each with all its speakers. */
	public List<BroadcastCard> sessionsOf(long speakerId) {
		String mine = " WHERE b.id IN (SELECT broadcast_id FROM broadcast_speakers WHERE speaker_id = ?)";
		List<BroadcastCard> sessions = this.jdbc.sql(COLUMNS + mine + " ORDER BY b.starts_at, b.id")
			.param(speakerId)
			.query(LiveQueries::broadcast)
			.list();
		return withSpeakers(sessions,
				speakersOf("bs.broadcast_id IN (SELECT broadcast_id FROM broadcast_speakers WHERE speaker_id = ?)",
						List.of(speakerId)));
	}

	private Map<Long, List<SpeakerCard>> speakersOf(String condition, List<Object> params) {
		Map<Long, List<SpeakerCard>> speakers = new LinkedHashMap<>();
		this.jdbc.sql("SELECT bs.broadcast_id, " + SPEAKER_COLUMNS + """
				 FROM broadcast_speakers bs JOIN speakers s ON s.id = bs.speaker_id
				WHERE """ + " " + condition + " ORDER BY bs.broadcast_id, bs.position")
			.params(params)
			.query((RowCallbackHandler) (row) -> speakers
				.computeIfAbsent(row.getLong("broadcast_id"), (id) -> new ArrayList<>())
				.add(speaker(row, 0)));
		return speakers;
	}

	private static List<BroadcastCard> withSpeakers(List<BroadcastCard> sessions,
			Map<Long, List<SpeakerCard>> speakers) {
		return sessions.stream()
			.map((session) -> session.withSpeakers(speakers.getOrDefault(session.id(), List.of())))
			.toList();
	}

	private static BroadcastCard broadcast(ResultSet row, int rowNum) throws SQLException {
		return new BroadcastCard(row.getLong("id"), row.getString("title"), row.getString("title_en"),
				row.getString("description"), row.getString("description_en"), row.getString("host"),
				row.getString("host_en"), row.getObject("area_id", Long.class), row.getString("area_name"),
				row.getString("area_name_en"), row.getObject("starts_at", OffsetDateTime.class).toInstant(),
				row.getObject("ends_at", OffsetDateTime.class).toInstant(), row.getString("stream_url"),
				row.getString("replay_url"), row.getLong("view_count"), row.getString("tags"), row.getString("tags_en"),
				List.of());
	}

	private static SpeakerCard speaker(ResultSet row, int rowNum) throws SQLException {
		return new SpeakerCard(row.getLong("id"), row.getString("name"), row.getString("name_en"),
				row.getString("title"), row.getString("title_en"), row.getString("organization"),
				row.getString("organization_en"), row.getString("biography"), row.getString("biography_en"),
				row.getString("photo_ref"));
	}

}
