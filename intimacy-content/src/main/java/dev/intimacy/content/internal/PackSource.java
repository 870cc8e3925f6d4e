package dev.intimacy.content.internal;

import dev.intimacy.content.ContentError;
import dev.intimacy.content.ContentException;
import dev.intimacy.content.LoadOptions;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Where a pack's files come from: a folder, a zip archive read into memory, or the class path. */
public abstract class PackSource {

    PackSource() {}

    /** Returns where the pack is, for messages. */
    public abstract String describe();

    /**
     * Reads one file.
     *
     * @param path a relative path already checked by {@link Syntax#pathProblem(String)}
     * @param maxBytes the largest size allowed
     * @return the file's bytes
     * @throws ContentException with {@link ContentError#MISSING_FILE}, {@link ContentError#LIMIT_EXCEEDED},
     *     {@link ContentError#UNSAFE_PATH} or {@link ContentError#IO_FAILURE}
     */
    public abstract byte[] read(String path, int maxBytes);

    /**
     * Returns a source for a folder that holds {@code manifest.json}.
     *
     * @param dir the folder
     * @return the source
     */
    public static PackSource directory(Path dir) {
        return new DirectorySource(dir);
    }

    /**
     * Reads a zip archive into memory, within the limits, and returns a source for it. The pack's {@code
     * manifest.json} is at the archive's root or in its single top-level folder.
     *
     * @param zip the archive's bytes; not closed
     * @param description where the archive comes from, for messages
     * @param options the limits
     * @return the source
     */
    public static PackSource zip(InputStream zip, String description, LoadOptions options) {
        return ZipSource.read(zip, description, options);
    }

    /**
     * Returns a source whose files are resolved against the URL of its {@code manifest.json}, for packs on the
     * class path.
     *
     * @param manifest the manifest's URL
     * @return the source
     */
    public static PackSource url(URL manifest) {
        return new UrlSource(manifest);
    }

    static byte[] readBounded(InputStream in, long maxBytes, String what) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new ContentException(
                        ContentError.LIMIT_EXCEEDED,
                        what + " is larger than " + maxBytes + " bytes (the limit set by LoadOptions)");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static final class DirectorySource extends PackSource {
        private final Path root;
        private final Path realRoot;

        DirectorySource(Path dir) {
            this.root = dir.toAbsolutePath().normalize();
            try {
                this.realRoot = root.toRealPath();
            } catch (IOException e) {
                throw new ContentException(ContentError.MISSING_FILE, "pack folder " + root + " does not exist", e);
            }
        }

        @Override
        public String describe() {
            return "folder " + root;
        }

        @Override
        public byte[] read(String path, int maxBytes) {
            Path p = root.resolve(path).normalize();
            if (!p.startsWith(root)) {
                throw new ContentException(
                        ContentError.UNSAFE_PATH, describe() + ": path '" + path + "' leads outside the pack");
            }
            try {
                Path real = p.toRealPath();
                if (!real.startsWith(realRoot)) {
                    throw new ContentException(
                            ContentError.UNSAFE_PATH,
                            describe() + ": '" + path + "' is a link that leads outside the pack");
                }
                if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
                    throw new ContentException(
                            ContentError.MISSING_FILE, describe() + ": '" + path + "' is not a file");
                }
                if (Files.size(real) > maxBytes) {
                    throw new ContentException(
                            ContentError.LIMIT_EXCEEDED,
                            describe() + ": '" + path + "' is larger than " + maxBytes
                                    + " bytes (LoadOptions.maxDocumentBytes)");
                }
                try (InputStream in = Files.newInputStream(real)) {
                    return readBounded(in, maxBytes, describe() + ": '" + path + "'");
                }
            } catch (NoSuchFileException e) {
                throw new ContentException(
                        ContentError.MISSING_FILE, describe() + ": file '" + path + "' does not exist", e);
            } catch (IOException e) {
                throw new ContentException(
                        ContentError.IO_FAILURE, describe() + ": cannot read '" + path + "': " + e, e);
            }
        }
    }

    private static final class ZipSource extends PackSource {
        private final Map<String, byte[]> entries;
        private final String description;
        private final String prefix;

        private ZipSource(Map<String, byte[]> entries, String description, String prefix) {
            this.entries = entries;
            this.description = description;
            this.prefix = prefix;
        }

        static ZipSource read(InputStream in, String description, LoadOptions options) {
            Map<String, byte[]> entries = new HashMap<>();
            long total = 0;
            int count = 0;
            try {
                ZipInputStream zip = new ZipInputStream(in);
                ZipEntry e;
                while ((e = zip.getNextEntry()) != null) {
                    count++;
                    if (count > options.maxFiles()) {
                        throw new ContentException(
                                ContentError.LIMIT_EXCEEDED,
                                description + ": has more than " + options.maxFiles()
                                        + " entries (LoadOptions.maxFiles)");
                    }
                    String name = e.getName();
                    if (name.startsWith("/") || name.contains("\\") || ("/" + name + "/").contains("/../")) {
                        throw new ContentException(
                                ContentError.UNSAFE_PATH,
                                description + ": entry '" + Syntax.abbreviate(name) + "' leads outside the archive");
                    }
                    if (e.isDirectory()) {
                        continue;
                    }
                    byte[] bytes = readBounded(
                            zip, options.maxDocumentBytes(), description + ": entry '" + Syntax.abbreviate(name) + "'");
                    total += bytes.length;
                    if (total > options.maxPackBytes()) {
                        throw new ContentException(
                                ContentError.LIMIT_EXCEEDED,
                                description + ": entries add up to more than " + options.maxPackBytes()
                                        + " bytes (LoadOptions.maxPackBytes)");
                    }
                    if (entries.put(name, bytes) != null) {
                        throw new ContentException(
                                ContentError.INVALID_STRUCTURE,
                                description + ": entry '" + Syntax.abbreviate(name) + "' appears twice");
                    }
                }
            } catch (IOException e) {
                throw new ContentException(
                        ContentError.IO_FAILURE, description + ": cannot read the zip archive: " + e, e);
            }
            if (entries.containsKey("manifest.json")) {
                return new ZipSource(entries, description, "");
            }
            TreeSet<String> tops = new TreeSet<>();
            for (String name : entries.keySet()) {
                int slash = name.indexOf('/');
                tops.add(slash < 0 ? "" : name.substring(0, slash + 1));
            }
            if (tops.size() == 1 && !tops.first().isEmpty() && entries.containsKey(tops.first() + "manifest.json")) {
                return new ZipSource(entries, description, tops.first());
            }
            throw new ContentException(
                    ContentError.MISSING_FILE,
                    description + ": no manifest.json at the archive's root or in its single top-level folder");
        }

        @Override
        public String describe() {
            return description;
        }

        @Override
        public byte[] read(String path, int maxBytes) {
            byte[] bytes = entries.get(prefix + path);
            if (bytes == null) {
                throw new ContentException(
                        ContentError.MISSING_FILE, description + ": file '" + path + "' does not exist");
            }
            if (bytes.length > maxBytes) {
                throw new ContentException(
                        ContentError.LIMIT_EXCEEDED,
                        description + ": '" + path + "' is larger than " + maxBytes
                                + " bytes (LoadOptions.maxDocumentBytes)");
            }
            return bytes.clone();
        }
    }

    private static final class UrlSource extends PackSource {
        private final URL manifest;

        UrlSource(URL manifest) {
            this.manifest = manifest;
        }

        @Override
        public String describe() {
            String s = manifest.toString();
            return "class path " + s.substring(0, s.length() - "manifest.json".length());
        }

        @Override
        public byte[] read(String path, int maxBytes) {
            URL url;
            try {
                url = new URL(manifest, path);
            } catch (MalformedURLException e) {
                throw new ContentException(
                        ContentError.UNSAFE_PATH, describe() + ": path '" + path + "' is not a URL path", e);
            }
            try (InputStream in = url.openStream()) {
                return readBounded(in, maxBytes, describe() + ": '" + path + "'");
            } catch (FileNotFoundException | NoSuchFileException e) {
                throw new ContentException(
                        ContentError.MISSING_FILE, describe() + ": file '" + path + "' does not exist", e);
            } catch (IOException e) {
                throw new ContentException(
                        ContentError.IO_FAILURE, describe() + ": cannot read '" + path + "': " + e, e);
            }
        }
    }
}
