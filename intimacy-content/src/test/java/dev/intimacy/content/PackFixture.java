package dev.intimacy.content;

import dev.intimacy.model.json.IntimacyJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** A copy of the bundled pack in a folder, to be mutated one JSON file at a time with Jackson's tree model. */
final class PackFixture {
    final Path dir;

    private PackFixture(Path dir) {
        this.dir = dir;
    }

    /** Returns the folder of the bundled pack as it is on the test class path. */
    static Path bundledDir() {
        URL url = ContentPacks.class.getResource("/META-INF/intimacy/packs/core/manifest.json");
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lists the bundled pack's files, relative to its folder, with '/' separators. */
    static List<String> bundledFiles() {
        Path root = bundledDir();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PackFixture copyOfBundled(Path target) {
        Path root = bundledDir();
        try {
            for (String f : bundledFiles()) {
                Path to = target.resolve(f);
                Files.createDirectories(to.getParent());
                Files.copy(root.resolve(f), to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PackFixture(target);
    }

    JsonNode read(String file) {
        return new Reader(dir).read(file);
    }

    /** Reads JSON files of a folder. */
    static final class Reader {
        private final Path dir;

        Reader(Path dir) {
            this.dir = dir;
        }

        JsonNode read(String file) {
            try {
                return IntimacyJson.mapper().readTree(Files.readAllBytes(dir.resolve(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    PackFixture edit(String file, Consumer<ObjectNode> edit) {
        ObjectNode root = (ObjectNode) read(file);
        edit.accept(root);
        write(file, IntimacyJson.mapper().writeValueAsString(root));
        return this;
    }

    PackFixture write(String file, String content) {
        try {
            Path p = dir.resolve(file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    String text(String file) {
        try {
            return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the object at a JSON pointer. */
    static ObjectNode at(ObjectNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    /** Returns the array at a JSON pointer. */
    static ArrayNode arrayAt(ObjectNode root, String pointer) {
        return (ArrayNode) root.at(pointer);
    }
}
