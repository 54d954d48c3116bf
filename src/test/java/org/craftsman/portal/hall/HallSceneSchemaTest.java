package org.craftsman.portal.hall;

import org.craftsman.portal.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database keeps the real-scene hall sound, whoever writes: positions stay on the
 * sphere, a hotspot stands in one place only, a door leads to a scene that exists.
 */
@DatabaseTest
class HallSceneSchemaTest {

	@Autowired
	JdbcTemplate jdbc;

	long hotspot;

	long lobby;

	long zoneScene;

	@BeforeEach
	void someRows() {
		long area = id(
				"INSERT INTO exhibition_areas (code, name, kind, hall) VALUES ('HS-ON1', '实景测试分区', 'ONLINE', '线上')"
						+ " RETURNING id");
		this.hotspot = id("INSERT INTO online_hotspots (area_id, title, media_kind, media_ref) VALUES (" + area
				+ ", '实景测试热点', 'VIDEO', '/media/x.mp4') RETURNING id");
		this.lobby = id("INSERT INTO hall_scenes (code, title, panorama_ref) VALUES ('HS-LOBBY', '序厅', '/media/l.jpg')"
				+ " RETURNING id");
		this.zoneScene = id("INSERT INTO hall_scenes (code, area_id, title, panorama_ref) VALUES ('HS-Z1', " + area
				+ ", '分区', '/media/z.jpg') RETURNING id");
	}

	@Test
	void aPlaceWithinTheSphereIsKept() {
		this.jdbc.update(place(this.zoneScene, 180, -90));
		assertThat(this.jdbc.queryForObject("SELECT yaw FROM hall_hotspot_places WHERE hotspot_id = ?", Double.class,
				this.hotspot))
			.isEqualTo(180.0);
	}

	@Test
	void aPositionOutOfRangeIsRefused() {
		assertRejected(place(this.zoneScene, 180.5, 0));
		assertRejected(place(this.zoneScene, -181, 0));
		assertRejected(place(this.zoneScene, 0, 90.01));
		assertRejected(place(this.zoneScene, 0, -91));
		assertRejected("INSERT INTO hall_scene_links (scene_id, target_scene_id, yaw, pitch) VALUES (" + this.lobby
				+ ", " + this.zoneScene + ", 200, 0)");
		assertRejected("UPDATE hall_scenes SET initial_pitch = 95 WHERE id = " + this.lobby);
	}

	@Test
	void aHotspotPlacedTwiceIsRefused() {
		this.jdbc.update(place(this.zoneScene, 10, 0));
		assertRejected(place(this.zoneScene, 40, 0));
		assertRejected(place(this.lobby, 10, 0));
	}

	@Test
	void aDoorToAMissingSceneOrToItselfIsRefused() {
		assertRejected("INSERT INTO hall_scene_links (scene_id, target_scene_id, yaw, pitch) VALUES (" + this.lobby
				+ ", 999999, 0, 0)");
		assertRejected("INSERT INTO hall_scene_links (scene_id, target_scene_id, yaw, pitch) VALUES (" + this.lobby
				+ ", " + this.lobby + ", 0, 0)");
		this.jdbc.update("INSERT INTO hall_scene_links (scene_id, target_scene_id, yaw, pitch) VALUES (" + this.lobby
				+ ", " + this.zoneScene + ", 0, 0)");
		assertRejected("INSERT INTO hall_scene_links (scene_id, target_scene_id, yaw, pitch) VALUES (" + this.lobby
				+ ", " + this.zoneScene + ", 90, 0)");
	}

	@Test
	void aSceneCodeIsUniqueAndWellFormed() {
		assertRejected("INSERT INTO hall_scenes (code, title, panorama_ref) VALUES ('HS-LOBBY', 'x', '/media/x.jpg')");
		assertRejected("INSERT INTO hall_scenes (code, title, panorama_ref) VALUES ('bad code', 'x', '/media/x.jpg')");
		assertRejected("INSERT INTO hall_scenes (code, title, panorama_ref) VALUES ('HS-2', ' ', '/media/x.jpg')");
	}

	private String place(long scene, double yaw, double pitch) {
		return "INSERT INTO hall_hotspot_places (hotspot_id, scene_id, yaw, pitch) VALUES (" + this.hotspot + ", "
				+ scene + ", " + yaw + ", " + pitch + ")";
	}

	/** Each refusal in its own savepoint, so that the test's transaction goes on. */
	private void assertRejected(String sql) {
		this.jdbc.execute("SAVEPOINT refused");
		assertThatThrownBy(() -> this.jdbc.update(sql)).as(sql).isInstanceOf(DataIntegrityViolationException.class);
		this.jdbc.execute("ROLLBACK TO SAVEPOINT refused");
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
