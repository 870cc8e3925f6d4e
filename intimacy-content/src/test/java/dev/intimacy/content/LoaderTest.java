package dev.intimacy.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.intimacy.model.json.IntimacyJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where packs come from: folders, zip archives, the class path; and the limits that keep input harmless. */
class LoaderTest {

    @TempDir
    Path dir;

    private static byte[] zip(Path root, String prefix, String... extraEntries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String f : PackFixture.bundledFiles()) {
                zip.putNextEntry(new ZipEntry(prefix + f));
                zip.write(Files.readAllBytes(root.resolve(f)));
                zip.closeEntry();
            }
            for (String e : extraEntries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write("{}".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void assertLikeBundled(ContentPack pack) {
        ContentPack bundled = ContentPacks.bundled();
        assertThat(pack.manifest()).isEqualTo(bundled.manifest());
        assertThat(pack.instruments()).isEqualTo(bundled.instruments());
        assertThat(pack.prompts()).isEqualTo(bundled.prompts());
        assertThat(pack.exercises()).isEqualTo(bundled.exercises());
        assertThat(pack.careNotes()).isEqualTo(bundled.careNotes());
        assertThat(pack.validate().problems()).isEmpty();
    }

    @Nested
    class FoldersAndArchives {

        @Test
        void a_folder_loads_the_same_pack_as_the_bundled_one() {
            assertLikeBundled(ContentPacks.load(PackFixture.bundledDir()));
        }

        @Test
        void a_zip_archive_loads_from_a_file_and_from_a_stream() throws IOException {
            byte[] bytes = zip(PackFixture.bundledDir(), "");
            Path file = dir.resolve("core.zip");
            Files.write(file, bytes);

            assertLikeBundled(ContentPacks.load(file));
            assertLikeBundled(ContentPacks.loadZip(new ByteArrayInputStream(bytes)));
        }

        @Test
        void a_zip_archive_may_hold_the_pack_in_one_top_level_folder() {
            byte[] bytes = zip(PackFixture.bundledDir(), "core-1.0.0/");

            assertLikeBundled(ContentPacks.loadZip(new ByteArrayInputStream(bytes)));
        }

        @Test
        void a_zip_archive_without_a_manifest_is_refused() {
            byte[] bytes = zip(PackFixture.bundledDir(), "a/", "b/other.json");

            assertThatThrownBy(() -> ContentPacks.loadZip(new ByteArrayInputStream(bytes)))
                    .isInstanceOfSatisfying(
                            ContentException.class, e -> assertThat(e.error()).isEqualTo(ContentError.MISSING_FILE))
                    .hasMessageContaining("no manifest.json at the archive's root or in its single top-level folder");
        }

        @Test
        void a_zip_entry_that_climbs_out_of_the_archive_is_refused() {
            byte[] bytes = zip(PackFixture.bundledDir(), "", "../../evil.json");

            assertThatThrownBy(() -> ContentPacks.loadZip(new ByteArrayInputStream(bytes)))
                    .isInstanceOfSatisfying(
                            ContentException.class, e -> assertThat(e.error()).isEqualTo(ContentError.UNSAFE_PATH))
                    .hasMessageContaining("entry '../../evil.json' leads outside the archive");
        }

        @Test
        void a_zip_archive_over_the_limits_is_refused_without_reading_it_all() {
            byte[] bytes = zip(PackFixture.bundledDir(), "");

            assertThatThrownBy(() -> ContentPacks.loadZip(
                            new ByteArrayInputStream(bytes),
                            LoadOptions.builder().maxFiles(5).build()))
                    .isInstanceOfSatisfying(
                            ContentException.class, e -> assertThat(e.error()).isEqualTo(ContentError.LIMIT_EXCEEDED))
                    .hasMessageContaining("more than 5 entries (LoadOptions.maxFiles)");
            assertThatThrownBy(() -> ContentPacks.loadZip(
                            new ByteArrayInputStream(bytes),
                            LoadOptions.builder().maxDocumentBytes(50_000).build()))
                    .isInstanceOf(ContentException.class)
                    .hasMessageContaining("is larger than 50000 bytes");
            assertThatThrownBy(() -> ContentPacks.loadZip(
                            new ByteArrayInputStream(bytes),
                            LoadOptions.builder().maxPackBytes(150_000).build()))
                    .isInstanceOf(ContentException.class)
                    .hasMessageContaining("add up to more than 150000 bytes");
        }

        @Test
        void a_highly_compressed_entry_is_cut_off_at_the_document_limit() throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry("manifest.json"));
                byte[] spaces = new byte[1 << 20];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 8; i++) {
                    zip.write(spaces);
                }
                zip.closeEntry();
            }
            assertThat(bytes.size()).isLessThan(100_000);

            assertThatThrownBy(() -> ContentPacks.loadZip(new ByteArrayInputStream(bytes.toByteArray())))
                    .isInstanceOfSatisfying(
                            ContentException.class, e -> assertThat(e.error()).isEqualTo(ContentError.LIMIT_EXCEEDED))
                    .hasMessageContaining("entry 'manifest.json' is larger than 4194304 bytes");
        }

        @Test
        void a_link_that_leads_out_of_the_pack_folder_is_refused() throws IOException {
            PackFixture pack = PackFixture.copyOfBundled(dir.resolve("pack"));
            Path outside = dir.resolve("outside.json");
            Files.copy(pack.dir.resolve("prompts.json"), outside);
            Files.delete(pack.dir.resolve("prompts.json"));
            Files.createSymbolicLink(pack.dir.resolve("prompts.json"), outside);

            assertThatThrownBy(() -> ContentPacks.load(pack.dir))
                    .isInstanceOfSatisfying(
                            ContentException.class, e -> assertThat(e.error()).isEqualTo(ContentError.UNSAFE_PATH))
                    .hasMessageContaining("'prompts.json' is a link that leads outside the pack");
        }

        @Test
        void a_path_with_neither_folder_nor_archive_is_refused() {
            assertThatThrownBy(() -> ContentPacks.load(dir.resolve("nothing-here")))
                    .isInstanceOfSatisfying(
                            ContentException.class, e -> assertThat(e.error()).isEqualTo(ContentError.MISSING_FILE))
                    .hasMessageContaining("no pack folder or zip archive at");
            assertThatThrownBy(() -> ContentPacks.load(dir))
                    .isInstanceOfSatisfying(
                            ContentException.class, e -> assertThat(e.error()).isEqualTo(ContentError.MISSING_FILE))
                    .hasMessageContaining("file 'manifest.json' does not exist");
        }

        @Test
        void the_validator_checks_a_folder_without_throwing_for_problems() {
            PackFixture pack = PackFixture.copyOfBundled(dir);
            pack.edit("prompts.json", r -> PackFixture.at(r, "/prompts/17").put("dimension", "TRUSTT"));

            ValidationReport report = ContentValidator.check(dir);

            assertThat(report.pack()).isEqualTo("core");
            assertThat(report.errors())
                    .singleElement()
                    .hasToString(
                            "pack 'core' prompts.json /prompts/17/dimension: unknown dimension 'TRUSTT' (expected one of"
                                    + " DISCLOSURE, TRUST, VULNERABILITY, COMMUNICATION, EMPATHY, NURTURING)");
            assertThat(report.toString()).isEqualTo("ValidationReport[pack 'core', 1 errors, 0 warnings]");
            assertThat(IntimacyJson.read(IntimacyJson.write(report), ValidationReport.class))
                    .isEqualTo(report);
        }
    }

    @Nested
    class ClassPath {

        /** A class-path root with an index and a copy of the bundled pack under another id. */
        private Path root(String name, String index, String packId, String manifestId) {
            Path root = dir.resolve(name);
            PackFixture pack = PackFixture.copyOfBundled(root.resolve("META-INF/intimacy/packs/" + packId));
            pack.edit("manifest.json", r -> r.put("id", manifestId));
            try {
                Files.writeString(root.resolve(ContentPacks.INDEX), index);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return root;
        }

        private List<ContentPack> discover(Path... roots) throws IOException {
            URL[] urls = new URL[roots.length];
            for (int i = 0; i < roots.length; i++) {
                urls[i] = roots[i].toUri().toURL();
            }
            try (URLClassLoader loader = new URLClassLoader(urls, LoaderTest.class.getClassLoader())) {
                return ContentPacks.discover(loader, LoadOptions.defaults());
            }
        }

        @Test
        void the_bundled_pack_is_found_on_the_class_path() {
            assertThat(ContentPacks.discover()).extracting(ContentPack::id).containsExactly(PackId.of("core"));
            assertThat(ContentPacks.discover().get(0).prompts())
                    .isEqualTo(ContentPacks.bundled().prompts());
        }

        @Test
        void packs_of_other_jars_are_found_through_their_index() throws IOException {
            Path root = root("jar-a", "# our packs\n\n  copy  \n", "copy", "copy");

            assertThat(discover(root))
                    .extracting(ContentPack::id)
                    .containsExactly(PackId.of("core"), PackId.of("copy"));
        }

        @Test
        void two_jars_listing_one_pack_id_are_refused() throws IOException {
            Path a = root("jar-a", "copy\n", "copy", "copy");
            Path b = root("jar-b", "copy\n", "copy", "copy");

            assertThatThrownBy(() -> discover(a, b))
                    .isInstanceOfSatisfying(
                            ContentException.class, e -> assertThat(e.error()).isEqualTo(ContentError.DUPLICATE_PACK))
                    .hasMessageContaining("pack 'copy' is listed twice on the class path")
                    .hasMessageContaining("jar-a")
                    .hasMessageContaining("jar-b");
        }

        @Test
        void a_malformed_index_line_is_refused_with_its_line_number() throws IOException {
            Path root = root("jar-a", "copy\nNot An Id\n", "copy", "copy");

            assertThatThrownBy(() -> discover(root))
                    .isInstanceOfSatisfying(
                            ContentException.class, e -> assertThat(e.error()).isEqualTo(ContentError.INVALID_ID))
                    .hasMessageContaining("packs.idx line 2: pack id 'Not An Id' has a character that is not allowed");
        }

        @Test
        void a_pack_whose_manifest_names_another_id_is_refused() throws IOException {
            Path root = root("jar-a", "copy\n", "copy", "something-else");

            assertThatThrownBy(() -> discover(root))
                    .isInstanceOfSatisfying(
                            ContentException.class, e -> assertThat(e.error()).isEqualTo(ContentError.UNKNOWN_PACK))
                    .hasMessageContaining("pack listed as 'copy'")
                    .hasMessageContaining("says its id is 'something-else'");
        }

        @Test
        void the_index_of_this_jar_lists_the_bundled_pack() throws IOException {
            try (InputStream in = ContentPacks.class.getResourceAsStream("/" + ContentPacks.INDEX)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines())
                        .filteredOn(l -> !l.startsWith("#") && !l.isBlank())
                        .containsExactly(ContentPacks.BUNDLED_ID);
            }
        }
    }

    @Nested
    class Values {

        @Test
        void content_and_pack_ids_follow_their_syntax() {
            assertThat(ContentId.of("pr-dis-01")).hasToString("pr-dis-01").isEqualTo(ContentId.of("pr-dis-01"));
            assertThat(ContentId.isValid("ex-tru-03")).isTrue();
            assertThat(ContentId.isValid("Ex-TRU")).isFalse();
            assertThatThrownBy(() -> ContentId.of("-x"))
                    .isInstanceOfSatisfying(
                            ContentException.class, e -> assertThat(e.code()).isEqualTo("CONTENT_INVALID_ID"))
                    .hasMessage(
                            "content id '-x' has a character that is not allowed (allowed: lower-case ASCII letters,"
                                    + " digits and '-', starting with a letter or digit)");
            assertThatThrownBy(() -> PackId.of("a".repeat(65)))
                    .hasMessageContaining("is 65 characters long (at most 64 allowed)");
            assertThatThrownBy(() -> PackId.of("")).hasMessage("pack id is empty");
        }

        @Test
        void load_options_refuse_a_limit_below_one() {
            assertThatThrownBy(() -> LoadOptions.builder().maxEntries(0).build())
                    .isInstanceOfSatisfying(
                            ContentException.class, e -> assertThat(e.error()).isEqualTo(ContentError.INVALID_VALUE))
                    .hasMessageContaining("every limit must be at least 1");
            assertThat(LoadOptions.defaults().validate()).isTrue();
            assertThat(LoadOptions.defaults().lenient()).isFalse();
        }

        @Test
        void value_types_guard_their_ranges() {
            assertThatThrownBy(() -> Prompt.builder()
                            .id(ContentId.of("p"))
                            .dimension(dev.intimacy.model.Dimension.TRUST)
                            .depth(4)
                            .textKey("k")
                            .build())
                    .isInstanceOf(ContentException.class)
                    .hasMessage("prompt p: depth 4 is outside 1..3");
            assertThatThrownBy(() -> Exercise.builder()
                            .id(ContentId.of("e"))
                            .dimension(dev.intimacy.model.Dimension.TRUST)
                            .titleKey("t")
                            .goalKey("g")
                            .minutes(10)
                            .mode(ExerciseMode.ALONE)
                            .build())
                    .hasMessage("exercise e: has no steps");
            assertThatThrownBy(() -> PromptTag.fromCode("gossip")).hasMessageContaining("unknown prompt tag 'gossip'");
        }

        @Test
        void prompts_and_exercises_round_trip_through_json() {
            ContentPack pack = ContentPacks.bundled();
            Prompt prompt = pack.prompts().get(1);
            Exercise exercise = pack.exercises().get(3);

            assertThat(IntimacyJson.read(IntimacyJson.write(prompt), Prompt.class))
                    .isEqualTo(prompt);
            assertThat(IntimacyJson.read(IntimacyJson.write(exercise), Exercise.class))
                    .isEqualTo(exercise);
            assertThat(IntimacyJson.write(prompt)).contains("\"tags\" : [ \"");
        }
    }
}
