package org.craftsman.portal.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * PostgreSQL refuses to run as root, which is how containers and CI machines often run
 * the portal. There the embedded server's programs run as the user "nobody": this unpacks
 * the binaries where the library looks for them (a folder named after the archive's MD5)
 * with initdb and pg_ctl behind small scripts that drop the privileges.
 */
final class UnprivilegedPostgresBinaries implements PgBinaryResolver {

	private static final String UNPRIVILEGED_USER = "nobody";

	private static final String[] WRAPPED_PROGRAMS = { "initdb", "pg_ctl" };

	private static final String WRAPPER = """
			#!/bin/sh
			real="$0.real"
			cd / || exit 1
			exec setpriv --reuid=%1$s --regid="$(id -g %1$s)" --clear-groups "$real" "$@"
			""".formatted(UNPRIVILEGED_USER);

	private final Path workingDirectory;

	private UnprivilegedPostgresBinaries(Path workingDirectory) {
		this.workingDirectory = workingDirectory;
	}

	static boolean needed() {
		return "root".equals(System.getProperty("user.name")) && System.getProperty("os.name").startsWith("Linux");
	}

	static void prepare(EmbeddedPostgres.Builder builder, Path dataDirectory) throws IOException {
		Path workingDirectory = Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg-unprivileged")
			.toAbsolutePath();
		builder.setOverrideWorkingDirectory(workingDirectory.toFile())
			.setPgBinaryResolver(new UnprivilegedPostgresBinaries(workingDirectory));
		Files.createDirectories(dataDirectory);
		UserPrincipal user = dataDirectory.getFileSystem()
			.getUserPrincipalLookupService()
			.lookupPrincipalByName(UNPRIVILEGED_USER);
		if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
			Files.setOwner(dataDirectory, user);
		}
	}

	@Override
	public InputStream getPgBinary(String system, String machineHardware) throws IOException {
		InputStream original = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
		if (original == null) {
			return null;
		}
		byte[] archive;
		try (original) {
			archive = original.readAllBytes();
		}
		Path binaries = this.workingDirectory.resolve("PG-" + md5(archive));
		if (!Files.exists(binaries.resolve(".exists"))) {
			unpackWrapped(archive, binaries);
		}
		return new ByteArrayInputStream(archive);
	}

	private static void unpackWrapped(byte[] archive, Path binaries) throws IOException {
		Path unpacking = binaries.resolveSibling(binaries.getFileName() + "-" + UUID.randomUUID());
		unpack(archive, unpacking);
		for (String program : WRAPPED_PROGRAMS) {
			Path executable = unpacking.resolve("bin").resolve(program);
			Files.move(executable, executable.resolveSibling(program + ".real"));
			Files.writeString(executable, WRAPPER);
			executable.toFile().setExecutable(true, false);
		}
		Files.createFile(unpacking.resolve(".exists"));
		try {
			Files.move(unpacking, binaries, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			// Another JVM unpacked the same archive first: use its copy.
			if (!Files.exists(binaries.resolve(".exists"))) {
				throw ex;
			}
		}
	}

	private static void unpack(byte[] archive, Path target) throws IOException {
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new XZInputStream(new ByteArrayInputStream(archive)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path file = target.resolve(entry.getName()).normalize();
				if (!file.startsWith(target)) {
					throw new IOException("archive entry outside its folder: " + entry.getName());
				}
				unpackEntry(tar, entry, file, target);
			}
		}
	}

	private static void unpackEntry(TarArchiveInputStream tar, TarArchiveEntry entry, Path file, Path target)
			throws IOException {
		if (entry.isDirectory()) {
			Files.createDirectories(file);
			return;
		}
		Files.createDirectories(file.getParent());
		if (entry.isSymbolicLink()) {
			Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
		}
		else if (entry.isLink()) {
			Files.createLink(file, target.resolve(entry.getLinkName()));
		}
		else {
			Files.copy(tar, file);
			file.toFile().setExecutable((entry.getMode() & 0100) != 0, false);
		}
	}

	private static String md5(byte[] archive) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(archive));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
