package org.craftsman.portal.hall;

import java.time.Duration;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves the panoramas the portal paints itself, painting one first when it is missing (a
 * fresh start, a media folder emptied): a visitor never sees a broken scene.
 */
@Controller
class PanoramaController {

	private final ScenePanoramas panoramas;

	PanoramaController(ScenePanoramas panoramas) {
		this.panoramas = panoramas;
	}

	@GetMapping("/media/generated/{name:[a-z0-9-]+\\.jpg}")
	ResponseEntity<Resource> panorama(@PathVariable String name) {
		return this.panoramas.file(name)
			.<ResponseEntity<Resource>>map((file) -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
				.body(new FileSystemResource(file)))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
