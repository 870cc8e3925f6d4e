package dev.intimacy.content;

import dev.intimacy.content.internal.PackData;
import dev.intimacy.content.internal.PackReader;
import dev.intimacy.content.internal.PackSource;
import dev.intimacy.content.internal.Syntax;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where content packs come from: the pack bundled with the library, a folder or zip archive, or every pack on
 * the class path.
 *
 * <pre>{@code
 * ContentPack core = ContentPacks.bundled();                       // cached, validated
 * ContentPack mine = ContentPacks.load(Path.of("packs/my-pack"));  // a folder or a .zip
 * ContentPack both = core.with(mine);                              // an add-on composed onto core
 * String question = both.texts(Locale.forLanguageTag("es-MX")).text("prompt.pr-dis-01");
 * }</pre>
 *
 * <p>Loading validates the pack by default and throws a {@link ContentException} with {@link
 * ContentError#INVALID_PACK} that lists every problem; {@link LoadOptions#validate()} switches that off, and
 * {@link ContentPack#validate()} then lists the problems. A file that cannot be read at all (malformed JSON,
 * a duplicate key, a value of the wrong type, a missing or, unless {@linkplain LoadOptions#lenient() lenient},
 * an unknown property, a file over a limit, a path leading outside the pack) always throws, naming the file
 * and the JSON pointer.
 *
 * <p>Packs are untrusted input: reading is strict, bounded by the {@link LoadOptions} limits, uses no
 * polymorphic typing and never follows a path out of the pack.
 *
 * <p>A pack on the class path lives under {@code META-INF/intimacy/packs/<id>/} and is listed, one id per
 * line, in {@value #INDEX} of the same jar; {@link #discover()} reads every such index.
 */
public final class ContentPacks {
    /** The class-path resource that lists the packs of a jar, one pack id per line; {@code #} starts a comment. */
    public static final String INDEX = "META-INF/intimacy/packs.idx";

    /** The id of the pack bundled with the library. */
    public static final String BUNDLED_ID = "core";

    private static final String PACKS = "META-INF/intimacy/packs/";
    private static final int MAX_INDEX_BYTES = 64 * 1024;
    private static final Object LOCK = new Object();
    private static volatile @Nullable ContentPack bundled;

    private ContentPacks() {}

    /**
     * Returns the pack bundled with the library: the {@code intimacy-core} and {@code intimacy-pulse}
     * instruments, prompts, exercises, interpretations and care notes, in English and Spanish. It is loaded and
     * validated once, on first use, and then shared; safe to call from any thread.
     *
     * @return the bundled pack
     * @throws ContentException when the library jar is damaged (the pack is missing or invalid)
     */
    public static ContentPack bundled() {
        ContentPack p = bundled;
        if (p == null) {
            synchronized (LOCK) {
                p = bundled;
                if (p == null) {
                    URL manifest = ContentPacks.class.getResource("/" + PACKS + BUNDLED_ID + "/" + PackReader.MANIFEST);
                    if (manifest == null) {
                        throw new ContentException(
                                ContentError.UNKNOWN_PACK,
                                "the bundled pack '" + BUNDLED_ID + "' is not on the class path (" + PACKS + BUNDLED_ID
                                        + "/ is missing from the intimacy-content jar)");
                    }
                    p = finish(
                            PackReader.read(PackSource.url(manifest), LoadOptions.defaults()), LoadOptions.defaults());
                    bundled = p;
                }
            }
        }
        return p;
    }

    /**
     * Loads a pack from a folder that holds {@code manifest.json}, or from a zip archive of such a folder, with
     * the default options.
     *
     * @param path a folder or a {@code .zip} file
     * @return the pack, validated
     * @throws ContentException when the pack cannot be read (naming file and JSON pointer) or is invalid
     *     ({@link ContentError#INVALID_PACK}, listing every problem)
     */
    public static ContentPack load(Path path) {
        return load(path, LoadOptions.defaults());
    }

    /**
     * Loads a pack from a folder that holds {@code manifest.json}, or from a zip archive of such a folder.
     *
     * @param path a folder or a {@code .zip} file
     * @param options validation, leniency and limits
     * @return the pack; validated unless the options say not to
     * @throws ContentException when the pack cannot be read (naming file and JSON pointer) or, when validating,
     *     is invalid ({@link ContentError#INVALID_PACK}, listing every problem)
     */
    public static ContentPack load(Path path, LoadOptions options) {
        if (Files.isDirectory(path)) {
            return finish(PackReader.read(PackSource.directory(path), options), options);
        }
        if (!Files.isRegularFile(path)) {
            throw new ContentException(ContentError.MISSING_FILE, "no pack folder or zip archive at " + path);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return loadZip(in, "zip archive " + path, options);
        } catch (IOException e) {
            throw new ContentException(ContentError.IO_FAILURE, "cannot read the zip archive " + path + ": " + e, e);
        }
    }

    /**
     * Loads a pack from a zip archive read from a stream, with the default options. The archive holds {@code
     * manifest.json} and the files it names, at its root or in one top-level folder. The stream is read to
     * its end, within the limits, and is not closed.
     *
     * @param zip the archive
     * @return the pack, validated
     * @throws ContentException when the archive or a file in it cannot be read, or the pack is invalid
     */
    public static ContentPack loadZip(InputStream zip) {
        return loadZip(zip, LoadOptions.defaults());
    }

    /**
     * Loads a pack from a zip archive read from a stream. The archive holds {@code manifest.json} and the
     * files it names, at its root or in one top-level folder. The stream is read within the limits (number of
     * entries, size of each, total size) and is not closed.
     *
     * @param zip the archive
     * @param options validation, leniency and limits
     * @return the pack; validated unless the options say not to
     * @throws ContentException when the archive or a file in it cannot be read or, when validating, the pack
     *     is invalid
     */
    public static ContentPack loadZip(InputStream zip, LoadOptions options) {
        return loadZip(zip, "zip archive", options);
    }

    private static ContentPack loadZip(InputStream zip, String description, LoadOptions options) {
        return finish(PackReader.read(PackSource.zip(zip, description, options), options), options);
    }

    /**
     * Finds every pack on the class path of the thread's context class loader (or, when it has none, of this
     * library), with the default options.
     *
     * @return the packs, in class-path order and in each index's order; the bundled pack among them
     * @throws ContentException when an index is malformed, two jars list the same pack id, or a pack cannot be
     *     read or is invalid
     */
    public static List<ContentPack> discover() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return discover(loader != null ? loader : ContentPacks.class.getClassLoader(), LoadOptions.defaults());
    }

    /**
     * Finds every pack listed in a {@value #INDEX} resource of a class loader. Each pack is read from the same
     * jar (or folder) as the index that lists it. An add-on is returned as it is; compose it onto its base with
     * {@link ContentPack#with(ContentPack)}.
     *
     * @param loader the class loader to search
     * @param options validation, leniency and limits for every pack
     * @return the packs, in class-path order and in each index's order
     * @throws ContentException with {@link ContentError#DUPLICATE_PACK} when two indexes list the same id,
     *     {@link ContentError#INVALID_ID} for a malformed index line, or any error of loading
     */
    public static List<ContentPack> discover(ClassLoader loader, LoadOptions options) {
        Map<String, URL> manifests = new LinkedHashMap<>();
        Map<String, URL> listedBy = new LinkedHashMap<>();
        for (URL index : indexes(loader)) {
            for (String id : readIndex(index)) {
                URL earlier = listedBy.putIfAbsent(id, index);
                if (earlier != null) {
                    throw new ContentException(
                            ContentError.DUPLICATE_PACK,
                            "pack '" + id + "' is listed twice on the class path: by " + earlier + " and by " + index);
                }
                try {
                    manifests.put(id, new URL(index, "packs/" + id + "/" + PackReader.MANIFEST));
                } catch (MalformedURLException e) {
                    throw new ContentException(
                            ContentError.IO_FAILURE, "cannot locate pack '" + id + "' of " + index, e);
                }
            }
        }
        List<ContentPack> packs = new ArrayList<>();
        manifests.forEach((id, manifest) -> {
            ContentPack pack = finish(PackReader.read(PackSource.url(manifest), options), options);
            if (!pack.id().value().equals(id)) {
                throw new ContentException(
                        ContentError.UNKNOWN_PACK,
                        "pack listed as '" + id + "' in " + listedBy.get(id) + " says its id is '" + pack.id() + "'");
            }
            packs.add(pack);
        });
        return Collections.unmodifiableList(packs);
    }

    private static List<URL> indexes(ClassLoader loader) {
        // Keyed by the URL's text: URL.equals and hashCode may resolve host names.
        Map<String, URL> out = new LinkedHashMap<>();
        try {
            Enumeration<URL> e = loader.getResources(INDEX);
            while (e.hasMoreElements()) {
                URL url = e.nextElement();
                // The same jar may be on the class path twice; read it once.
                out.putIfAbsent(url.toExternalForm(), url);
            }
        } catch (IOException e) {
            throw new ContentException(ContentError.IO_FAILURE, "cannot list " + INDEX + " resources: " + e, e);
        }
        return new ArrayList<>(out.values());
    }

    private static List<String> readIndex(URL index) {
        List<String> ids = new ArrayList<>();
        try (InputStream in = index.openStream();
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            int bytes = 0;
            while ((line = r.readLine()) != null) {
                number++;
                bytes += line.length() + 1;
                if (bytes > MAX_INDEX_BYTES) {
                    throw new ContentException(
                            ContentError.LIMIT_EXCEEDED, index + " is larger than " + MAX_INDEX_BYTES + " bytes");
                }
                String id = line.strip();
                if (id.isEmpty() || id.startsWith("#")) {
                    continue;
                }
                String problem = Syntax.idProblem(id);
                if (problem != null) {
                    throw new ContentException(
                            ContentError.INVALID_ID, index + " line " + number + ": pack id " + problem);
                }
                ids.add(id);
            }
        } catch (IOException e) {
            throw new ContentException(ContentError.IO_FAILURE, "cannot read " + index + ": " + e, e);
        }
        return ids;
    }

    static ContentPack finish(PackData data, LoadOptions options) {
        ContentPack pack = new ContentPack(data);
        if (options.validate()) {
            pack.validate().requireValid();
        }
        return pack;
    }
}
