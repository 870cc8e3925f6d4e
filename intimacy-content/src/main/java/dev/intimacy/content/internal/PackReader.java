package dev.intimacy.content.internal;

import dev.intimacy.content.AvoidFlag;
import dev.intimacy.content.CareNote;
import dev.intimacy.content.CareTrigger;
import dev.intimacy.content.ContentError;
import dev.intimacy.content.ContentException;
import dev.intimacy.content.ContentId;
import dev.intimacy.content.CoupleInterpretation;
import dev.intimacy.content.Exercise;
import dev.intimacy.content.ExerciseMode;
import dev.intimacy.content.InterpretationPattern;
import dev.intimacy.content.LoadOptions;
import dev.intimacy.content.PackId;
import dev.intimacy.content.PackManifest;
import dev.intimacy.content.PersonalInterpretation;
import dev.intimacy.content.ProblemKind;
import dev.intimacy.content.Prompt;
import dev.intimacy.content.PromptTag;
import dev.intimacy.content.SafetyItem;
import dev.intimacy.content.ValidationProblem;
import dev.intimacy.model.Benefit;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.InstrumentId;
import dev.intimacy.model.IntimacyException;
import dev.intimacy.model.ItemId;
import dev.intimacy.model.SemanticVersion;
import dev.intimacy.model.instrument.DeclaredReliability;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.model.instrument.MissingDataPolicy;
import dev.intimacy.model.instrument.Perspective;
import dev.intimacy.model.instrument.ResponseScale;
import dev.intimacy.model.result.Band;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a pack from a {@link PackSource}: the manifest, then every file it names. Structural faults (malformed
 * JSON, wrong types, missing or unknown properties, limits, unsafe paths) throw a {@link ContentException}
 * naming file and pointer; semantic faults (unknown codes, ranges, syntax of ids and keys) are recorded as
 * problems and the entry is left out of the typed values.
 */
public final class PackReader {
    /** The manifest's file name at the pack's root. */
    public static final String MANIFEST = "manifest.json";

    /** The least and most steps an exercise may have. */
    public static final int MIN_STEPS = 3;

    /** The most steps an exercise may have. */
    public static final int MAX_STEPS = 7;

    /** The shortest exercise, in minutes. */
    public static final int MIN_MINUTES = 5;

    /** The longest exercise, in minutes. */
    public static final int MAX_MINUTES = 120;

    private final PackSource source;
    private final LoadOptions options;
    private final List<ValidationProblem> problems = new ArrayList<>();
    private final List<Located<Instrument>> instruments = new ArrayList<>();
    private final List<Located<Prompt>> prompts = new ArrayList<>();
    private final List<Located<Exercise>> exercises = new ArrayList<>();
    private final List<Located<PersonalInterpretation>> personal = new ArrayList<>();
    private final List<Located<CoupleInterpretation>> couple = new ArrayList<>();
    private final List<Located<CareNote>> careNotes = new ArrayList<>();
    private final List<Located<SafetyItem>> safetyItems = new ArrayList<>();
    private final List<Uses.Id> ids = new ArrayList<>();
    private final List<Uses.Key> keys = new ArrayList<>();
    private final List<Uses.Entry> entries = new ArrayList<>();
    private final Map<String, Map<String, Uses.Text>> texts = new LinkedHashMap<>();
    private String packId = "?";
    private long totalBytes;

    private PackReader(PackSource source, LoadOptions options) {
        this.source = source;
        this.options = options;
    }

    /**
     * Reads a pack.
     *
     * @param source where the files are
     * @param options limits and leniency
     * @return what was read, with the problems found
     * @throws ContentException for a structural fault, naming the file and the JSON pointer
     */
    public static PackData read(PackSource source, LoadOptions options) {
        return new PackReader(source, options).read();
    }

    private PackData read() {
        JsonFile mf = parse(MANIFEST);
        JsonNode rawId = mf.root.get("id");
        if (rawId != null && rawId.isString()) {
            packId = Syntax.abbreviate(rawId.stringValue());
            mf = mf.renamed(packId);
        }
        PackManifest manifest = manifest(mf);
        for (String path : manifest.instrumentFiles()) {
            instrument(parse(path));
        }
        manifest.promptsFile().ifPresent(path -> prompts(parse(path)));
        manifest.exercisesFile().ifPresent(path -> exercises(parse(path)));
        manifest.interpretationsFile().ifPresent(path -> interpretations(parse(path)));
        for (Map.Entry<String, String> e : manifest.textFiles().entrySet()) {
            texts(parse(e.getValue()), e.getKey());
        }
        return new PackData(
                List.of(manifest),
                instruments,
                prompts,
                exercises,
                personal,
                couple,
                careNotes,
                safetyItems,
                ids,
                keys,
                entries,
                texts,
                problems);
    }

    private JsonFile parse(String path) {
        String problem = Syntax.pathProblem(path);
        if (problem != null) {
            throw new ContentException(ContentError.UNSAFE_PATH, JsonFile.where(packId, MANIFEST, "/files") + problem);
        }
        byte[] bytes = source.read(path, options.maxDocumentBytes());
        totalBytes += bytes.length;
        if (totalBytes > options.maxPackBytes()) {
            throw new ContentException(
                    ContentError.LIMIT_EXCEEDED,
                    "pack '" + packId + "' at " + source.describe() + ": files add up to more than "
                            + options.maxPackBytes() + " bytes (LoadOptions.maxPackBytes)");
        }
        return JsonFile.parse(packId, path, bytes, options, problems);
    }

    private int errors() {
        int n = 0;
        for (ValidationProblem p : problems) {
            if (p.severity() == ValidationProblem.Severity.ERROR) {
                n++;
            }
        }
        return n;
    }

    // ---------------------------------------------------------------- manifest

    private PackManifest manifest(JsonFile f) {
        ObjectNode m = (ObjectNode) f.root;
        f.allowOnly(
                m,
                "",
                "id",
                "version",
                "titleKey",
                "descriptionKey",
                "licence",
                "authors",
                "notice",
                "locales",
                "defaultLocale",
                "extends",
                "files");
        String id = f.string(m, "", "id");
        String idProblem = Syntax.idProblem(id);
        if (idProblem != null) {
            throw f.structural("/id", "pack id " + idProblem);
        }
        SemanticVersion version;
        try {
            version = SemanticVersion.parse(f.string(m, "", "version"));
        } catch (IntimacyException e) {
            throw f.structural("/version", e.getMessage());
        }
        String titleKey = key(f, f.string(m, "", "titleKey"), "/titleKey");
        String descriptionKey = key(f, f.string(m, "", "descriptionKey"), "/descriptionKey");
        String licence = notBlank(f, m, "licence");
        String notice = notBlank(f, m, "notice");
        ArrayNode authorsNode = f.array(m, "", "authors");
        List<String> authors = f.strings(authorsNode, "/authors");
        if (authors.isEmpty() || authors.stream().anyMatch(String::isBlank)) {
            throw f.structural("/authors", "needs at least one author, none blank");
        }
        List<String> locales = f.strings(f.array(m, "", "locales"), "/locales");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < locales.size(); i++) {
            String tag = locales.get(i);
            requireLocale(f, tag, "/locales/" + i);
            if (!seen.add(tag)) {
                f.problem(ProblemKind.INVALID_MANIFEST, "/locales/" + i, "locale '" + tag + "' is listed twice");
            }
        }
        String defaultLocale = f.string(m, "", "defaultLocale");
        requireLocale(f, defaultLocale, "/defaultLocale");
        if (!locales.contains(defaultLocale)) {
            f.problem(
                    ProblemKind.INVALID_MANIFEST,
                    "/defaultLocale",
                    "default locale '" + defaultLocale + "' is not one of the pack's locales " + locales);
        }
        Optional<String> base = f.optionalString(m, "", "extends");
        if (base.isPresent() && Syntax.idProblem(base.get()) != null) {
            throw f.structural("/extends", "base pack id " + Syntax.idProblem(base.get()));
        }

        ObjectNode files = f.object(f.required(m, "", "files"), "/files");
        f.allowOnly(files, "/files", "instruments", "prompts", "exercises", "interpretations", "texts");
        List<String> instrumentFiles = f.optionalArray(files, "/files", "instruments")
                .map(a -> f.strings(a, "/files/instruments"))
                .orElse(List.of());
        Map<String, String> textFiles = new LinkedHashMap<>();
        JsonNode textsNode = files.get("texts");
        Map<String, String> declared = new LinkedHashMap<>();
        if (textsNode != null) {
            ObjectNode t = f.object(textsNode, "/files/texts");
            for (Map.Entry<String, JsonNode> e : JsonFile.properties(t)) {
                String pointer = JsonFile.child("/files/texts", e.getKey());
                requireLocale(f, e.getKey(), pointer);
                declared.put(e.getKey(), f.text(e.getValue(), pointer));
                if (!locales.contains(e.getKey())) {
                    f.problem(
                            ProblemKind.INVALID_MANIFEST,
                            pointer,
                            "texts for locale '" + e.getKey() + "', which 'locales' does not list " + locales);
                }
            }
        }
        // The pack's locale order is the order of 'locales'; texts filed under other tags come last.
        for (int i = 0; i < locales.size(); i++) {
            String tag = locales.get(i);
            if (declared.containsKey(tag)) {
                textFiles.put(tag, declared.get(tag));
            } else {
                f.problem(
                        ProblemKind.INVALID_MANIFEST,
                        "/locales/" + i,
                        "locale '" + tag + "' has no texts file under /files/texts");
            }
        }
        declared.forEach(textFiles::putIfAbsent);
        int fileCount = 1 + instrumentFiles.size() + textFiles.size() + 3;
        if (fileCount > options.maxFiles()) {
            throw f.limit("/files", "names more than " + options.maxFiles() + " files (LoadOptions.maxFiles)");
        }
        PackManifest.Builder b = PackManifest.builder();
        b.id(PackId.of(id))
                .version(version)
                .titleKey(titleKey)
                .descriptionKey(descriptionKey)
                .licence(licence)
                .addAllAuthors(authors)
                .notice(notice)
                .defaultLocale(Locale.forLanguageTag(defaultLocale))
                .addAllInstrumentFiles(instrumentFiles)
                .putAllTextFiles(textFiles);
        for (String tag : locales) {
            b.addLocales(Locale.forLanguageTag(tag));
        }
        base.ifPresent(x -> b.extendsPack(PackId.of(x)));
        f.optionalString(files, "/files", "prompts").ifPresent(b::promptsFile);
        f.optionalString(files, "/files", "exercises").ifPresent(b::exercisesFile);
        f.optionalString(files, "/files", "interpretations").ifPresent(b::interpretationsFile);
        return b.build();
    }

    private static String notBlank(JsonFile f, ObjectNode m, String name) {
        String s = f.string(m, "", name);
        if (s.isBlank()) {
            throw f.structural("/" + name, "must not be blank");
        }
        return s;
    }

    private static void requireLocale(JsonFile f, String tag, String pointer) {
        if (!Syntax.isLocaleTag(tag)) {
            throw f.structural(
                    pointer,
                    "'" + Syntax.abbreviate(tag) + "' is not a locale tag of the form language[-Script][-REGION]"
                            + " (for example en, es-MX, es-419, zh-Hant-TW)");
        }
    }

    // ---------------------------------------------------------------- shared helpers

    /** Records a text key use and checks its syntax; returns the key. */
    private String key(JsonFile f, String key, String pointer) {
        keys.add(new Uses.Key(key, f.pack, f.file, pointer));
        String problem = Syntax.keyProblem(key);
        if (problem != null) {
            f.problem(ProblemKind.INVALID_KEY, pointer, problem);
        }
        return key;
    }

    private @Nullable Dimension dimension(JsonFile f, ObjectNode o, String pointer) {
        String code = f.string(o, pointer, "dimension");
        return dimensionCode(f, code, JsonFile.child(pointer, "dimension"));
    }

    private static @Nullable Dimension dimensionCode(JsonFile f, String code, String pointer) {
        Optional<Dimension> d = JsonFile.code(Dimension.class, code);
        if (d.isEmpty()) {
            f.problem(
                    ProblemKind.UNKNOWN_DIMENSION,
                    pointer,
                    "unknown dimension '" + Syntax.abbreviate(code) + "' (expected one of "
                            + JsonFile.allowed(Dimension.class) + ")");
            return null;
        }
        return d.get();
    }

    private static <E extends Enum<E>> @Nullable E code(
            JsonFile f, ObjectNode o, String pointer, String name, Class<E> type, String what) {
        String code = f.string(o, pointer, name);
        Optional<E> e = JsonFile.code(type, code);
        if (e.isEmpty()) {
            f.problem(
                    ProblemKind.UNKNOWN_CODE,
                    JsonFile.child(pointer, name),
                    "unknown " + what + " '" + Syntax.abbreviate(code) + "' (expected one of " + JsonFile.allowed(type)
                            + ")");
            return null;
        }
        return e.get();
    }

    private @Nullable ContentId contentId(JsonFile f, ObjectNode o, String pointer) {
        String id = f.string(o, pointer, "id");
        ids.add(new Uses.Id(Uses.Namespace.CONTENT, id, f.pack, f.file, JsonFile.child(pointer, "id")));
        String problem = Syntax.idProblem(id);
        if (problem != null) {
            f.problem(ProblemKind.INVALID_ID, JsonFile.child(pointer, "id"), "content id " + problem);
            return null;
        }
        return ContentId.of(id);
    }

    // ---------------------------------------------------------------- instruments

    private void instrument(JsonFile f) {
        int before = errors();
        ObjectNode o = (ObjectNode) f.root;
        f.allowOnly(
                o,
                "",
                "id",
                "version",
                "titleKey",
                "scale",
                "items",
                "covers",
                "missingData",
                "declaredReliability",
                "provenance",
                "licence");
        String rawId = f.string(o, "", "id");
        ids.add(new Uses.Id(Uses.Namespace.INSTRUMENT, rawId, f.pack, f.file, "/id"));
        InstrumentId id = null;
        try {
            id = InstrumentId.of(rawId);
        } catch (IntimacyException e) {
            f.problem(ProblemKind.INVALID_ID, "/id", e.getMessage());
        }
        SemanticVersion version = null;
        try {
            version = SemanticVersion.parse(f.string(o, "", "version"));
        } catch (IntimacyException e) {
            f.problem(ProblemKind.INVALID_VERSION, "/version", e.getMessage());
        }
        String titleKey = key(f, f.string(o, "", "titleKey"), "/titleKey");
        ResponseScale scale = scale(f, f.object(f.required(o, "", "scale"), "/scale"));
        List<Item> items = items(f, f.array(o, "", "items"));
        Set<Dimension> covers = EnumSet.noneOf(Dimension.class);
        f.optionalArray(o, "", "covers").ifPresent(a -> {
            List<String> codes = f.strings(a, "/covers");
            for (int i = 0; i < codes.size(); i++) {
                Dimension d = dimensionCode(f, codes.get(i), "/covers/" + i);
                if (d != null) {
                    covers.add(d);
                }
            }
        });
        MissingDataPolicy policy = null;
        JsonNode md = o.get("missingData");
        if (md != null) {
            policy = missingData(f, f.object(md, "/missingData"));
        }
        Map<Dimension, DeclaredReliability> reliability = new LinkedHashMap<>();
        JsonNode dr = o.get("declaredReliability");
        if (dr != null) {
            declaredReliability(f, f.object(dr, "/declaredReliability"), reliability);
        }
        Optional<String> provenance = f.optionalString(o, "", "provenance");
        Optional<String> licence = f.optionalString(o, "", "licence");
        if (errors() != before || id == null || version == null || scale == null) {
            return;
        }
        try {
            Instrument.Builder b = Instrument.builder();
            b.id(id)
                    .version(version)
                    .titleKey(titleKey)
                    .scale(scale)
                    .addAllItems(items)
                    .addAllCovers(covers);
            b.putAllDeclaredReliability(reliability);
            if (policy != null) {
                b.missingData(policy);
            }
            provenance.ifPresent(b::provenance);
            licence.ifPresent(b::licence);
            instruments.add(new Located<>(b.build(), f.pack, f.file, ""));
        } catch (IntimacyException e) {
            f.problem(ProblemKind.INVALID_INSTRUMENT, "", e.getMessage());
        }
    }

    private @Nullable ResponseScale scale(JsonFile f, ObjectNode s) {
        f.allowOnly(s, "/scale", "min", "max", "labels");
        int min = f.integer(s, "/scale", "min");
        int max = f.integer(s, "/scale", "max");
        boolean ok = true;
        if (min >= max || (long) max - min > 1000) {
            f.problem(
                    ProblemKind.INVALID_SCALE,
                    "/scale",
                    "scale " + min + ".." + max + " is not a scale (min must be below max, at most 1001 points)");
            ok = false;
        }
        Map<Integer, String> labels = new LinkedHashMap<>();
        JsonNode l = s.get("labels");
        if (l != null) {
            ObjectNode lo = f.object(l, "/scale/labels");
            for (Map.Entry<String, JsonNode> e : JsonFile.properties(lo)) {
                String pointer = JsonFile.child("/scale/labels", e.getKey());
                String key = key(f, f.text(e.getValue(), pointer), pointer);
                Integer point = point(e.getKey());
                if (point == null || point < min || point > max) {
                    f.problem(
                            ProblemKind.INVALID_SCALE,
                            pointer,
                            "label for '" + Syntax.abbreviate(e.getKey()) + "', which is not a point of the scale "
                                    + min + ".." + max);
                    ok = false;
                } else {
                    labels.put(point, key);
                }
            }
        }
        if (!ok) {
            return null;
        }
        return ResponseScale.builder().min(min).max(max).putAllLabels(labels).build();
    }

    private static @Nullable Integer point(String text) {
        if (!text.matches("-?(0|[1-9][0-9]{0,8})")) {
            return null;
        }
        return Integer.valueOf(text);
    }

    private List<Item> items(JsonFile f, ArrayNode a) {
        List<Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < a.size(); i++) {
            String pointer = "/items/" + i;
            ObjectNode o = f.object(a.get(i), pointer);
            f.allowOnly(o, pointer, "id", "dimension", "benefit", "keying", "perspective", "textKey");
            int before = errors();
            String rawId = f.string(o, pointer, "id");
            ItemId id = null;
            try {
                id = ItemId.of(rawId);
            } catch (IntimacyException e) {
                f.problem(ProblemKind.INVALID_ID, pointer + "/id", e.getMessage());
            }
            if (!seen.add(rawId)) {
                f.problem(
                        ProblemKind.DUPLICATE_ID,
                        pointer + "/id",
                        "item id '" + Syntax.abbreviate(rawId) + "' is used twice in this instrument");
            }
            Dimension dimension = null;
            if (o.has("dimension")) {
                dimension = dimension(f, o, pointer);
            }
            Benefit benefit = null;
            if (o.has("benefit")) {
                benefit = code(f, o, pointer, "benefit", Benefit.class, "benefit");
            }
            if (o.has("dimension") == o.has("benefit")) {
                f.problem(
                        ProblemKind.INVALID_ITEM,
                        pointer,
                        "an item needs exactly one of 'dimension' or 'benefit' (has "
                                + (o.has("dimension") ? "both" : "neither") + ")");
            }
            Keying keying = code(f, o, pointer, "keying", Keying.class, "keying");
            Perspective perspective = code(f, o, pointer, "perspective", Perspective.class, "perspective");
            String textKey = key(f, f.string(o, pointer, "textKey"), pointer + "/textKey");
            if (errors() == before && id != null && keying != null && perspective != null) {
                Item.Builder b = Item.builder();
                b.id(id).keying(keying).perspective(perspective).textKey(textKey);
                if (dimension != null) {
                    b.dimension(dimension);
                }
                if (benefit != null) {
                    b.benefit(benefit);
                }
                items.add(b.build());
            }
        }
        return items;
    }

    private static @Nullable MissingDataPolicy missingData(JsonFile f, ObjectNode o) {
        f.allowOnly(o, "/missingData", "policy", "minCoverage");
        MissingDataPolicy.Kind kind =
                code(f, o, "/missingData", "policy", MissingDataPolicy.Kind.class, "missing-data policy");
        JsonNode c = o.get("minCoverage");
        double coverage = c == null ? Double.NaN : f.number(c, "/missingData/minCoverage");
        if (kind == null) {
            return null;
        }
        try {
            MissingDataPolicy.Builder b = MissingDataPolicy.builder();
            b.policy(kind);
            if (c != null) {
                b.minCoverage(coverage);
            }
            return b.build();
        } catch (IntimacyException e) {
            f.problem(ProblemKind.INVALID_INSTRUMENT, "/missingData", e.getMessage());
            return null;
        }
    }

    private static void declaredReliability(JsonFile f, ObjectNode o, Map<Dimension, DeclaredReliability> out) {
        for (Map.Entry<String, JsonNode> e : JsonFile.properties(o)) {
            String pointer = JsonFile.child("/declaredReliability", e.getKey());
            Dimension d = dimensionCode(f, e.getKey(), pointer);
            ObjectNode r = f.object(e.getValue(), pointer);
            f.allowOnly(r, pointer, "reliability", "standardDeviation", "sampleSize", "source");
            double reliability = f.number(f.required(r, pointer, "reliability"), pointer + "/reliability");
            double sd = f.number(f.required(r, pointer, "standardDeviation"), pointer + "/standardDeviation");
            JsonNode n = r.get("sampleSize");
            Integer sampleSize = n == null ? null : f.wholeNumber(n, pointer + "/sampleSize");
            Optional<String> sourceText = f.optionalString(r, pointer, "source");
            if (d == null) {
                continue;
            }
            try {
                DeclaredReliability.Builder b = DeclaredReliability.builder();
                b.reliability(reliability).standardDeviation(sd);
                if (sampleSize != null) {
                    b.sampleSize(sampleSize);
                }
                sourceText.ifPresent(b::source);
                out.put(d, b.build());
            } catch (IntimacyException ex) {
                f.problem(ProblemKind.INVALID_INSTRUMENT, pointer, ex.getMessage());
            }
        }
    }

    // ---------------------------------------------------------------- prompts and exercises

    private void prompts(JsonFile f) {
        ObjectNode root = (ObjectNode) f.root;
        f.allowOnly(root, "", "prompts");
        ArrayNode a = f.array(root, "", "prompts");
        for (int i = 0; i < a.size(); i++) {
            String pointer = "/prompts/" + i;
            ObjectNode o = f.object(a.get(i), pointer);
            f.allowOnly(o, pointer, "id", "dimension", "depth", "textKey", "followUpKey", "tags");
            int before = errors();
            ContentId id = contentId(f, o, pointer);
            Dimension dimension = dimension(f, o, pointer);
            int depth = f.integer(o, pointer, "depth");
            if (depth < Prompt.MIN_DEPTH || depth > Prompt.MAX_DEPTH) {
                f.problem(
                        ProblemKind.DEPTH_OUT_OF_RANGE,
                        pointer + "/depth",
                        "depth " + depth + " is outside " + Prompt.MIN_DEPTH + ".." + Prompt.MAX_DEPTH
                                + " (1 light, 2 personal, 3 deep)");
            }
            String textKey = key(f, f.string(o, pointer, "textKey"), pointer + "/textKey");
            Optional<String> followUp =
                    f.optionalString(o, pointer, "followUpKey").map(k -> key(f, k, pointer + "/followUpKey"));
            Set<PromptTag> tags = EnumSet.noneOf(PromptTag.class);
            Optional<ArrayNode> tagsNode = f.optionalArray(o, pointer, "tags");
            if (tagsNode.isPresent()) {
                List<String> codes = f.strings(tagsNode.get(), pointer + "/tags");
                for (int j = 0; j < codes.size(); j++) {
                    Optional<PromptTag> tag = PromptTag.find(codes.get(j));
                    if (tag.isEmpty()) {
                        f.problem(
                                ProblemKind.UNKNOWN_TAG,
                                pointer + "/tags/" + j,
                                "unknown tag '" + Syntax.abbreviate(codes.get(j)) + "' (expected one of "
                                        + PromptTag.allowed() + ")");
                    } else if (!tags.add(tag.get())) {
                        f.problem(
                                ProblemKind.DUPLICATE_ENTRY,
                                pointer + "/tags/" + j,
                                "tag '" + codes.get(j) + "' is listed twice");
                    }
                }
            }
            if (errors() == before && id != null && dimension != null) {
                Prompt.Builder b = Prompt.builder();
                b.id(id).dimension(dimension).depth(depth).textKey(textKey).addAllTags(tags);
                followUp.ifPresent(b::followUpKey);
                prompts.add(new Located<>(b.build(), f.pack, f.file, pointer));
            }
        }
    }

    private void exercises(JsonFile f) {
        ObjectNode root = (ObjectNode) f.root;
        f.allowOnly(root, "", "exercises");
        ArrayNode a = f.array(root, "", "exercises");
        for (int i = 0; i < a.size(); i++) {
            String pointer = "/exercises/" + i;
            ObjectNode o = f.object(a.get(i), pointer);
            f.allowOnly(
                    o, pointer, "id", "dimension", "titleKey", "goalKey", "minutes", "mode", "stepKeys", "avoidWhen");
            int before = errors();
            ContentId id = contentId(f, o, pointer);
            Dimension dimension = dimension(f, o, pointer);
            String titleKey = key(f, f.string(o, pointer, "titleKey"), pointer + "/titleKey");
            String goalKey = key(f, f.string(o, pointer, "goalKey"), pointer + "/goalKey");
            int minutes = f.integer(o, pointer, "minutes");
            if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
                f.problem(
                        ProblemKind.MINUTES_OUT_OF_RANGE,
                        pointer + "/minutes",
                        "minutes " + minutes + " is outside " + MIN_MINUTES + ".." + MAX_MINUTES);
            }
            ExerciseMode mode = code(f, o, pointer, "mode", ExerciseMode.class, "exercise mode");
            List<String> steps = f.strings(f.array(o, pointer, "stepKeys"), pointer + "/stepKeys");
            for (int j = 0; j < steps.size(); j++) {
                key(f, steps.get(j), pointer + "/stepKeys/" + j);
            }
            if (steps.size() < MIN_STEPS || steps.size() > MAX_STEPS) {
                f.problem(
                        ProblemKind.STEPS_OUT_OF_RANGE,
                        pointer + "/stepKeys",
                        "has " + steps.size() + " steps (allowed: " + MIN_STEPS + " to " + MAX_STEPS + ")");
            }
            Set<AvoidFlag> avoid = EnumSet.noneOf(AvoidFlag.class);
            Optional<ArrayNode> avoidNode = f.optionalArray(o, pointer, "avoidWhen");
            if (avoidNode.isPresent()) {
                List<String> flags = f.strings(avoidNode.get(), pointer + "/avoidWhen");
                for (int j = 0; j < flags.size(); j++) {
                    Optional<AvoidFlag> flag = JsonFile.code(AvoidFlag.class, flags.get(j));
                    if (flag.isEmpty()) {
                        f.problem(
                                ProblemKind.UNKNOWN_AVOID_FLAG,
                                pointer + "/avoidWhen/" + j,
                                "unknown avoidWhen flag '" + Syntax.abbreviate(flags.get(j)) + "' (expected one of "
                                        + JsonFile.allowed(AvoidFlag.class) + ")");
                    } else if (!avoid.add(flag.get())) {
                        f.problem(
                                ProblemKind.DUPLICATE_ENTRY,
                                pointer + "/avoidWhen/" + j,
                                "avoidWhen flag '" + flags.get(j) + "' is listed twice");
                    }
                }
            }
            if (errors() == before && id != null && dimension != null && mode != null) {
                Exercise.Builder b = Exercise.builder();
                b.id(id)
                        .dimension(dimension)
                        .titleKey(titleKey)
                        .goalKey(goalKey)
                        .minutes(minutes)
                        .mode(mode)
                        .addAllStepKeys(steps)
                        .addAllAvoidWhen(avoid);
                exercises.add(new Located<>(b.build(), f.pack, f.file, pointer));
            }
        }
    }

    // ---------------------------------------------------------------- interpretations

    private void interpretations(JsonFile f) {
        ObjectNode root = (ObjectNode) f.root;
        f.allowOnly(root, "", "personal", "couple", "careNotes", "safetyItems");
        eachElement(
                f,
                root,
                "personal",
                (n, pointer) -> interpretation(
                        f,
                        n,
                        pointer,
                        new Qualifier<>("band", Band.class, "band", "personal", "in band"),
                        (d, band, textKey) -> PersonalInterpretation.builder()
                                .dimension(d)
                                .band(band)
                                .textKey(textKey)
                                .build(),
                        personal));
        eachElement(
                f,
                root,
                "couple",
                (n, pointer) -> interpretation(
                        f,
                        n,
                        pointer,
                        new Qualifier<>(
                                "pattern", InterpretationPattern.class, "couple pattern", "couple", "for pattern"),
                        (d, pattern, textKey) -> CoupleInterpretation.builder()
                                .dimension(d)
                                .pattern(pattern)
                                .textKey(textKey)
                                .build(),
                        couple));
        eachElement(f, root, "careNotes", (n, pointer) -> careNote(f, n, pointer));
        eachElement(f, root, "safetyItems", (n, pointer) -> safetyItem(f, n, pointer));
    }

    /** Reads each element of an optional top-level array, with its JSON pointer. */
    private static void eachElement(JsonFile f, ObjectNode root, String field, BiConsumer<JsonNode, String> read) {
        Optional<ArrayNode> array = f.optionalArray(root, "", field);
        if (array.isPresent()) {
            for (int i = 0; i < array.get().size(); i++) {
                read.accept(array.get().get(i), "/" + field + "/" + i);
            }
        }
    }

    /**
     * What qualifies an interpretation besides its dimension: a band (personal) or a couple pattern.
     *
     * @param field the JSON field
     * @param type the enum
     * @param what the enum's name in messages
     * @param kind "personal" or "couple", the start of the entry's use key and description
     * @param preposition joins the dimension and the qualifier in the description
     */
    private record Qualifier<Q extends Enum<Q>>(
            String field, Class<Q> type, String what, String kind, String preposition) {}

    /** Builds an interpretation from its parts. */
    @FunctionalInterface
    private interface InterpretationFactory<Q, T> {
        T build(Dimension dimension, Q qualifier, String textKey);
    }

    /** Reads one interpretation: a dimension, its qualifier and a text key, each checked. */
    private <Q extends Enum<Q>, T> void interpretation(
            JsonFile f,
            JsonNode n,
            String pointer,
            Qualifier<Q> qualifier,
            InterpretationFactory<Q, T> factory,
            List<Located<T>> into) {
        ObjectNode o = f.object(n, pointer);
        f.allowOnly(o, pointer, "dimension", qualifier.field(), "textKey");
        int before = errors();
        Dimension d = dimension(f, o, pointer);
        Q q = code(f, o, pointer, qualifier.field(), qualifier.type(), qualifier.what());
        String textKey = key(f, f.string(o, pointer, "textKey"), pointer + "/textKey");
        if (errors() == before && d != null && q != null) {
            entries.add(new Uses.Entry(
                    qualifier.kind() + "/" + d + "/" + q,
                    qualifier.kind() + " interpretation of " + d + " " + qualifier.preposition() + " " + q,
                    f.pack,
                    f.file,
                    pointer));
            into.add(new Located<>(factory.build(d, q, textKey), f.pack, f.file, pointer));
        }
    }

    private void careNote(JsonFile f, JsonNode n, String pointer) {
        ObjectNode o = f.object(n, pointer);
        f.allowOnly(o, pointer, "id", "trigger", "textKey");
        int before = errors();
        ContentId id = contentId(f, o, pointer);
        CareTrigger trigger = code(f, o, pointer, "trigger", CareTrigger.class, "care-note trigger");
        String textKey = key(f, f.string(o, pointer, "textKey"), pointer + "/textKey");
        if (errors() == before && id != null && trigger != null) {
            careNotes.add(new Located<>(
                    CareNote.builder().id(id).trigger(trigger).textKey(textKey).build(), f.pack, f.file, pointer));
        }
    }

    private void safetyItem(JsonFile f, JsonNode n, String pointer) {
        ObjectNode o = f.object(n, pointer);
        f.allowOnly(o, pointer, "instrument", "item", "concernAtOrBelow");
        int before = errors();
        String rawInstrument = f.string(o, pointer, "instrument");
        String rawItem = f.string(o, pointer, "item");
        int threshold = f.integer(o, pointer, "concernAtOrBelow");
        InstrumentId instrument = null;
        ItemId item = null;
        try {
            instrument = InstrumentId.of(rawInstrument);
        } catch (IntimacyException e) {
            f.problem(ProblemKind.INVALID_ID, pointer + "/instrument", e.getMessage());
        }
        try {
            item = ItemId.of(rawItem);
        } catch (IntimacyException e) {
            f.problem(ProblemKind.INVALID_ID, pointer + "/item", e.getMessage());
        }
        if (errors() == before && instrument != null && item != null) {
            entries.add(new Uses.Entry(
                    "safety/" + instrument + "/" + item,
                    "safety entry for item " + item + " of " + instrument,
                    f.pack,
                    f.file,
                    pointer));
            safetyItems.add(new Located<>(
                    SafetyItem.builder()
                            .instrument(instrument)
                            .item(item)
                            .concernAtOrBelow(threshold)
                            .build(),
                    f.pack,
                    f.file,
                    pointer));
        }
    }

    // ---------------------------------------------------------------- texts

    private void texts(JsonFile f, String tag) {
        ObjectNode root = (ObjectNode) f.root;
        f.allowOnly(root, "", "locale", "texts");
        String locale = f.string(root, "", "locale");
        if (!locale.equals(tag)) {
            f.problem(
                    ProblemKind.LOCALE_MISMATCH,
                    "/locale",
                    "the file says locale '" + Syntax.abbreviate(locale) + "' but the manifest files it under '" + tag
                            + "'");
        }
        ObjectNode t = f.object(f.required(root, "", "texts"), "/texts");
        Map<String, Uses.Text> map = texts.computeIfAbsent(tag, k -> new LinkedHashMap<>());
        for (Map.Entry<String, JsonNode> e : JsonFile.properties(t)) {
            String pointer = JsonFile.child("/texts", e.getKey());
            String text = f.text(e.getValue(), pointer);
            String problem = Syntax.keyProblem(e.getKey());
            if (problem != null) {
                f.problem(ProblemKind.INVALID_KEY, pointer, problem);
            }
            if (text.isBlank()) {
                f.problem(
                        ProblemKind.EMPTY_TEXT,
                        pointer,
                        "the text of '" + Syntax.abbreviate(e.getKey()) + "' is blank");
            }
            map.put(e.getKey(), new Uses.Text(text, f.pack, f.file, pointer));
        }
    }
}
