package org.craftsman.portal.admin;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.craftsman.portal.support.RestoreCounters;
import org.junit.jupiter.api.extension.ExtendWith;
import org.craftsman.portal.hall.admin.HotspotAdminService;
import org.craftsman.portal.hall.admin.HotspotForm;
import org.craftsman.portal.media.MediaDirectory;
import org.craftsman.portal.common.PortalProperties;
import org.craftsman.portal.support.IntegrationTest;
import org.craftsman.portal.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An uploaded file lives as long as a record uses it: replaced or left by a deleted
 * record, it goes once the change commits; an hourly sweep removes old files no record
 * uses.
 */
@IntegrationTest
@ExtendWith(RestoreCounters.class)
class MediaLifecycleTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PortalProperties properties;

	@Autowired
	MediaDirectory media;

	@Autowired
	HotspotAdminService hotspots;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void removeTestRowsAndFiles() throws IOException {
		for (String ref : this.jdbc.queryForList("""
				SELECT media_ref FROM online_hotspots WHERE title LIKE 'ZT%' UNION
				SELECT image_ref FROM innovation_results WHERE code LIKE 'ZT%' AND image_ref IS NOT NULL""",
				String.class)) {
			Files.deleteIfExists(file(ref));
		}
		TestRows.deleteAll(this.jdbc);
	}

	@Test
	void replacingAHotspotsPictureRemovesTheOldFile() throws IOException {
		WebClient organizer = organizer();
		long id = uploadHotspot(organizer);
		String first = mediaRef(id);

		HttpResponse<String> replaced = new Multipart().fields(hotspotFields(organizer, id))
			.file("mediaFile", "new.png", "image/png", HotspotMediaTest.png())
			.post(organizer, this.port, "/admin/hotspots/" + id + "/edit", "/admin/hotspots/" + id + "/edit");

		assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(302);
		String second = mediaRef(id);
		assertThat(second).isNotEqualTo(first);
		assertThat(file(first)).doesNotExist();
		assertThat(file(second)).exists();
	}

	@Test
	void deletingAHotspotRemovesItsFile() throws IOException {
		WebClient organizer = organizer();
		long id = uploadHotspot(organizer);
		Path stored = file(mediaRef(id));
		String version = organizer.page("/admin/hotspots/" + id + "/delete").select("input[name=version]").val();

		HttpResponse<String> deleted = organizer.post("/admin/hotspots/" + id + "/delete", Map.of("version", version),
				"/admin/hotspots/" + id + "/delete");

		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(stored).doesNotExist();
	}

	@Test
	void anEditThatRollsBackKeepsTheOldFile() throws IOException {
		long id = uploadHotspot(organizer());
		String old = mediaRef(id);
		HotspotForm form = this.hotspots.edit(id);
		form.setMediaRef("/media/category-01.svg");

		this.transactions.executeWithoutResult((status) -> {
			this.hotspots.update(id, form, new BeanPropertyBindingResult(form, "form"));
			status.setRollbackOnly();
		});

		assertThat(mediaRef(id)).isEqualTo(old);
		assertThat(file(old)).exists();
	}

	@Test
	void theSweepRemovesOldUnusedUploadsAndKeepsUsedAndRecentOnes() throws IOException {
		long id = uploadHotspot(organizer());
		Path used = file(mediaRef(id));
		Path unused = Files.write(uploads().resolve(UUID.randomUUID() + ".png"), HotspotMediaTest.png());
		Path recent = Files.write(uploads().resolve(UUID.randomUUID() + ".png"), HotspotMediaTest.png());
		FileTime twoHoursAgo = FileTime.from(Instant.now().minusSeconds(7200));
		Files.setLastModifiedTime(used, twoHoursAgo);
		Files.setLastModifiedTime(unused, twoHoursAgo);

		this.media.sweep(Instant.now().minus(MediaDirectory.GRACE));

		assertThat(unused).doesNotExist();
		assertThat(used).exists();
		assertThat(recent).exists();
		Files.deleteIfExists(recent);
	}

	private long uploadHotspot(WebClient organizer) throws IOException {
		HttpResponse<String> created = new Multipart()
			.fields(Map.of("areaCode", "ON01", "title", "ZT 媒体热点", "mediaKind", "GRAPHIC"))
			.file("mediaFile", "first.png", "image/png", HotspotMediaTest.png())
			.post(organizer, this.port, "/admin/hotspots/new", "/admin/hotspots/new");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		long id = TestRows.id(this.jdbc, "SELECT id FROM online_hotspots WHERE title = 'ZT 媒体热点'");
		assertThat(file(mediaRef(id))).exists();
		return id;
	}

	private Map<String, String> hotspotFields(WebClient organizer, long id) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("areaCode", "ON01");
		fields.put("title", "ZT 媒体热点");
		fields.put("mediaKind", "GRAPHIC");
		fields.put("mediaRef", mediaRef(id));
		fields.put("version", organizer.page("/admin/hotspots/" + id + "/edit").select("input[name=version]").val());
		return fields;
	}

	private String mediaRef(long id) {
		return this.jdbc.queryForObject("SELECT media_ref FROM online_hotspots WHERE id = ?", String.class, id);
	}

	private Path uploads() throws IOException {
		return Files.createDirectories(this.properties.mediaDir().resolve(MediaDirectory.UPLOADS));
	}

	private Path file(String ref) {
		return this.properties.mediaDir().resolve(ref.substring("/media/".length()));
	}

	private WebClient organizer() {
		return new WebClient(this.port).loggedInAs("organizer", "demo-organizer");
	}

}
