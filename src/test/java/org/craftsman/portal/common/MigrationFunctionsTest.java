package org.craftsman.portal.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.craftsman.portal.support.DatabaseTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The current definition of every function and view of the schema is in exactly one
 * repeatable migration ({@code R__*.sql}); the versioned migrations are their history.
 */
@DatabaseTest
class MigrationFunctionsTest {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Pattern CREATED = Pattern.compile(
			"\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:FUNCTION|VIEW)\\s+(?:public\\.)?(\\w+)", Pattern.CASE_INSENSITIVE);

	private static final Pattern DROPPED = Pattern
		.compile("\\bDROP\\s+(?:FUNCTION|VIEW)\\s+(?:IF\\s+EXISTS\\s+)?(?:public\\.)?(\\w+)", Pattern.CASE_INSENSITIVE);

	private static final Pattern VERSION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyFunctionTheVersionedMigrationsLeaveIsDefinedInExactlyOneRepeatableMigration() throws IOException {
		Map<String, List<String>> definedIn = repeatableDefinitions();
		for (String name : leftByVersionedMigrations()) {
			assertThat(definedIn.getOrDefault(name, List.of())).as("repeatable migrations defining %s", name)
				.hasSize(1);
		}
	}

	@Test
	void noRepeatableMigrationBringsBackWhatAVersionedMigrationDropped() throws IOException {
		assertThat(repeatableDefinitions().keySet()).isSubsetOf(leftByVersionedMigrations());
	}

	@Test
	void everyFunctionAndViewOfTheMigratedSchemaIsDefinedInOneRepeatableMigration() throws IOException {
		List<String> inSchema = this.jdbc.queryForList("""
				SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'
				UNION ALL
				SELECT viewname FROM pg_views WHERE schemaname = 'public'""", String.class);
		Map<String, List<String>> definedIn = repeatableDefinitions();
		assertThat(inSchema).isNotEmpty()
			.allSatisfy(
					(name) -> assertThat(definedIn.getOrDefault(name, List.of())).as("defining %s", name).hasSize(1));
	}

	/** The functions and views the versioned migrations create and do not drop later. */
	private static Set<String> leftByVersionedMigrations() throws IOException {
		Set<String> left = new LinkedHashSet<>();
		for (Path file : versionedInOrder()) {
			String sql = withoutComments(file);
			List<Statement> statements = new ArrayList<>();
			collect(statements, CREATED.matcher(sql), true);
			collect(statements, DROPPED.matcher(sql), false);
			statements.sort(Comparator.comparingInt(Statement::position));
			for (Statement statement : statements) {
				if (statement.creates()) {
					left.add(statement.name());
				}
				else {
					left.remove(statement.name());
				}
			}
		}
		return left;
	}

	private static void collect(List<Statement> statements, Matcher matcher, boolean creates) {
		while (matcher.find()) {
			statements.add(new Statement(matcher.start(), matcher.group(1).toLowerCase(), creates));
		}
	}

	/** For each function or view name, the repeatable migrations that define it. */
	private static Map<String, List<String>> repeatableDefinitions() throws IOException {
		Map<String, List<String>> definedIn = new TreeMap<>();
		for (Path file : migrations("R__")) {
			Matcher matcher = CREATED.matcher(withoutComments(file));
			while (matcher.find()) {
				definedIn.computeIfAbsent(matcher.group(1).toLowerCase(), (name) -> new ArrayList<>())
					.add(file.getFileName().toString());
			}
		}
		return definedIn;
	}

	private static List<Path> versionedInOrder() throws IOException {
		List<Path> files = migrations("V");
		files.sort(Comparator.comparing(MigrationFunctionsTest::version, MigrationFunctionsTest::compareVersions));
		return files;
	}

	private static List<Path> migrations(String prefix) throws IOException {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			return new ArrayList<>(files.filter((file) -> file.getFileName().toString().startsWith(prefix))
				.filter((file) -> file.getFileName().toString().endsWith(".sql"))
				.toList());
		}
	}

	private static int[] version(Path file) {
		Matcher matcher = VERSION.matcher(file.getFileName().toString());
		assertThat(matcher.matches()).as("versioned migration name %s", file).isTrue();
		return Stream.of(matcher.group(1).split("[._]")).mapToInt(Integer::parseInt).toArray();
	}

	private static int compareVersions(int[] left, int[] right) {
		for (int i = 0; i < Math.max(left.length, right.length); i++) {
			int difference = Integer.compare((i < left.length) ? left[i] : 0, (i < right.length) ? right[i] : 0);
			if (difference != 0) {
				return difference;
			}
		}
		return 0;
	}

	private static String withoutComments(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8).replaceAll("--[^\\n]*", "");
	}

	private record Statement(int position, String name, boolean creates) {

	}

}
