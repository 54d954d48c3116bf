package org.craftsman.portal.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.craftsman.portal.common.ClusterTasks;
import org.craftsman.portal.common.PortalProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The files organizers upload, under {@code uploads/} in the media directory, and their
 * removal once no record refers to them: a file a record stops using goes when that
 * change commits (a change that rolls back keeps it), and an hourly sweep removes what
 * was left behind otherwise (an upload on a form never saved, a file replaced by an
 * import). The sweep spares files younger than an hour: they may belong to a form being
 * filled in.
 */
@Component
public class MediaDirectory {

	/** The folder of uploads below the media directory. */
	public static final String UPLOADS = "uploads";

	/** How long an upload may stay unreferenced: a form refused once is sent again. */
	public static final Duration GRACE = Duration.ofHours(1);

	/** The sweep's name among the tasks that run once across nodes. */
	static final String SWEEP_TASK = "media-upload-sweep";

	private static final Log logger = LogFactory.getLog(MediaDirectory.class);

	private final Path root;

	private final ObjectProvider<MediaUser> sections;

	private final ClusterTasks tasks;

	MediaDirectory(PortalProperties properties, ObjectProvider<MediaUser> sections, ClusterTasks tasks) {
		this.root = properties.mediaDir().toAbsolutePath().normalize();
		this.sections = sections;
		this.tasks = tasks;
	}

	/**
	 * Removes an uploaded file once the current transaction commits, unless a record
	 * still refers to it then. Shipped media and addresses outside the uploads are left
	 * alone.
	 */
	public void discardAfterCommit(String address) {
		Path file = upload(address);
		if (file == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				if (!inUse().contains(address)) {
					delete(file);
				}
			}
		});
	}

	/**
	 * Sweeps the uploads every hour, on one node of those sharing the media directory and
	 * the database.
	 */
	@Scheduled(initialDelayString = "PT1H", fixedDelayString = "PT1H")
	void sweepHourly() {
		this.tasks.runOnce(SWEEP_TASK, Duration.ofHours(1), () -> sweep(Instant.now().minus(GRACE)));
	}

	/**
	 * Removes uploaded files last changed before a moment that no record refers to.
	 * @return the files removed
	 */
	public List<Path> sweep(Instant changedBefore) {
		Path uploads = this.root.resolve(UPLOADS);
		if (!Files.isDirectory(uploads)) {
			return List.of();
		}
		List<Path> old = new ArrayList<>();
		try (Stream<Path> files = Files.list(uploads)) {
			files.filter(Files::isRegularFile).filter((file) -> changedBefore(file, changedBefore)).forEach(old::add);
		}
		catch (IOException ex) {
			logger.warn("Could not list the uploaded media", ex);
			return List.of();
		}
		// read after listing: a record saved meanwhile is seen
		Set<String> inUse = inUse();
		List<Path> removed = new ArrayList<>();
		for (Path file : old) {
			if (!inUse.contains(address(file)) && delete(file)) {
				removed.add(file);
			}
		}
		return removed;
	}

	/** The addresses every record of every section refers to. */
	public Set<String> inUse() {
		Set<String> addresses = new HashSet<>();
		this.sections.forEach((section) -> addresses.addAll(section.mediaInUse()));
		return addresses;
	}

	private Path upload(String address) {
		String prefix = "/media/" + UPLOADS + "/";
		if (address == null || !address.startsWith(prefix) || address.contains("..")) {
			return null;
		}
		Path file = this.root.resolve(address.substring("/media/".length())).normalize();
		return file.startsWith(this.root.resolve(UPLOADS)) ? file : null;
	}

	private String address(Path file) {
		return "/media/" + UPLOADS + "/" + file.getFileName();
	}

	private static boolean changedBefore(Path file, Instant moment) {
		try {
			return Files.getLastModifiedTime(file).toInstant().isBefore(moment);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean delete(Path file) {
		try {
			return Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			logger.warn("Could not remove the unused upload " + file, ex);
			return false;
		}
	}

}
