package dev.intimacy.content.internal;

import dev.intimacy.content.CareNote;
import dev.intimacy.content.CareTrigger;
import dev.intimacy.content.CoupleInterpretation;
import dev.intimacy.content.InterpretationPattern;
import dev.intimacy.content.PackManifest;
import dev.intimacy.content.PersonalInterpretation;
import dev.intimacy.content.ProblemKind;
import dev.intimacy.content.SafetyItem;
import dev.intimacy.content.ValidationProblem;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.ResponseScale;
import dev.intimacy.model.result.Band;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * The checks that span entries and files: duplicate ids and entries, coverage of interpretations and care
 * notes, references, scale labels, and the texts (missing, untranslated, orphaned, duplicated, placeholders).
 * The problems found while reading come first, in reading order.
 */
public final class Validation {
    private final PackData data;
    private final List<ValidationProblem> out = new ArrayList<>();

    private Validation(PackData data) {
        this.data = data;
    }

    /**
     * Validates a pack.
     *
     * @param data what was read (or composed)
     * @return every problem, in a stable order
     */
    public static List<ValidationProblem> validate(PackData data) {
        return new Validation(data).run();
    }

    private List<ValidationProblem> run() {
        out.addAll(data.problems());
        duplicateIds();
        duplicateEntries();
        if (!data.isAddOn()) {
            coverage();
        }
        safetyItems();
        scaleLabels();
        texts();
        return out;
    }

    private void add(String pack, String file, String pointer, ProblemKind kind, String message) {
        out.add(ValidationProblem.builder()
                .pack(pack)
                .file(file)
                .pointer(pointer)
                .kind(kind)
                .severity(ValidationProblem.Severity.ERROR)
                .message(message)
                .build());
    }

    private static String at(String pack, String file, String pointer, PackData data) {
        return (pack.equals(data.id()) ? "" : "pack '" + pack + "' ") + file + " " + pointer;
    }

    private void duplicateIds() {
        Map<String, Uses.Id> first = new HashMap<>();
        for (Uses.Id id : data.ids()) {
            Uses.Id earlier = first.putIfAbsent(id.namespace() + "/" + id.id(), id);
            if (earlier != null) {
                add(
                        id.pack(),
                        id.file(),
                        id.pointer(),
                        ProblemKind.DUPLICATE_ID,
                        (id.namespace() == Uses.Namespace.CONTENT ? "content id '" : "instrument id '")
                                + Syntax.abbreviate(id.id()) + "' is already used at "
                                + at(earlier.pack(), earlier.file(), earlier.pointer(), data)
                                + (id.namespace() == Uses.Namespace.CONTENT
                                        ? " (prompts, exercises and care notes share one set of ids)"
                                        : ""));
            }
        }
    }

    private void duplicateEntries() {
        Map<String, Uses.Entry> first = new HashMap<>();
        for (Uses.Entry e : data.entries()) {
            Uses.Entry earlier = first.putIfAbsent(e.key(), e);
            if (earlier != null) {
                add(
                        e.pack(),
                        e.file(),
                        e.pointer(),
                        ProblemKind.DUPLICATE_ENTRY,
                        "a " + e.description() + " is already given at "
                                + at(earlier.pack(), earlier.file(), earlier.pointer(), data));
            }
        }
    }

    private void coverage() {
        PackManifest m = data.manifest();
        String file = m.interpretationsFile().orElse(PackReader.MANIFEST);
        String pack = data.id();
        Set<String> personal = new HashSet<>();
        for (Located<PersonalInterpretation> p : data.personal()) {
            personal.add(p.value().dimension() + "/" + p.value().band());
        }
        Set<String> couple = new HashSet<>();
        for (Located<CoupleInterpretation> c : data.couple()) {
            couple.add(c.value().dimension() + "/" + c.value().pattern());
        }
        Set<CareTrigger> triggers = EnumSet.noneOf(CareTrigger.class);
        for (Located<CareNote> n : data.careNotes()) {
            triggers.add(n.value().trigger());
        }
        for (Dimension d : Dimension.values()) {
            for (Band b : Band.values()) {
                if (!personal.contains(d + "/" + b)) {
                    add(
                            pack,
                            file,
                            "/personal",
                            ProblemKind.MISSING_ENTRY,
                            "no personal interpretation of " + d + " in band " + b
                                    + " (a base pack needs one for every dimension and band)");
                }
            }
        }
        for (Dimension d : Dimension.values()) {
            for (InterpretationPattern p : InterpretationPattern.values()) {
                if (!couple.contains(d + "/" + p)) {
                    add(
                            pack,
                            file,
                            "/couple",
                            ProblemKind.MISSING_ENTRY,
                            "no couple interpretation of " + d + " for pattern " + p
                                    + " (a base pack needs one for every dimension and pattern)");
                }
            }
        }
        for (CareTrigger t : CareTrigger.values()) {
            if (!triggers.contains(t)) {
                add(
                        pack,
                        file,
                        "/careNotes",
                        ProblemKind.MISSING_ENTRY,
                        "no care note for trigger " + t + " (a base pack needs one for every trigger)");
            }
        }
    }

    private void safetyItems() {
        Map<String, Instrument> instruments = new HashMap<>();
        for (Located<Instrument> i : data.instruments()) {
            instruments.putIfAbsent(i.value().id().value(), i.value());
        }
        Set<String> declared = new HashSet<>();
        for (Uses.Id id : data.ids()) {
            if (id.namespace() == Uses.Namespace.INSTRUMENT) {
                declared.add(id.id());
            }
        }
        for (Located<SafetyItem> s : data.safetyItems()) {
            SafetyItem si = s.value();
            Instrument instrument = instruments.get(si.instrument().value());
            if (instrument == null) {
                if (!declared.contains(si.instrument().value()) && !data.isAddOn()) {
                    add(
                            s.pack(),
                            s.file(),
                            s.pointer() + "/instrument",
                            ProblemKind.UNKNOWN_REFERENCE,
                            "safety item names instrument '" + si.instrument() + "', which the pack does not have"
                                    + " (instruments: "
                                    + instruments.keySet().stream().sorted().toList() + ")");
                }
                // An instrument that is declared but could not be built has problems of its own.
                continue;
            }
            Optional<Item> item = instrument.item(si.item());
            if (item.isEmpty()) {
                add(
                        s.pack(),
                        s.file(),
                        s.pointer() + "/item",
                        ProblemKind.UNKNOWN_REFERENCE,
                        "safety item names item '" + si.item() + "', which instrument " + instrument.ref()
                                + " does not have");
                continue;
            }
            ResponseScale scale = instrument.scale();
            if (si.concernAtOrBelow() < scale.min() || si.concernAtOrBelow() >= scale.max()) {
                add(
                        s.pack(),
                        s.file(),
                        s.pointer() + "/concernAtOrBelow",
                        ProblemKind.THRESHOLD_OUT_OF_RANGE,
                        "concernAtOrBelow " + si.concernAtOrBelow() + " is not a point of the scale " + scale
                                + " below its max (allowed: " + scale.min() + ".." + (scale.max() - 1) + ")");
            }
        }
    }

    private void scaleLabels() {
        for (Located<Instrument> li : data.instruments()) {
            Instrument i = li.value();
            ResponseScale scale = i.scale();
            if (scale.labels().isEmpty()) {
                add(
                        li.pack(),
                        li.file(),
                        li.pointer() + "/scale",
                        ProblemKind.SCALE_WITHOUT_LABELS,
                        "instrument " + i.ref() + " has keyed items but its scale " + scale
                                + " has no labels (give a text key for every point in /scale/labels)");
                continue;
            }
            List<Integer> unlabelled = new ArrayList<>();
            for (int p = scale.min(); p <= scale.max(); p++) {
                if (!scale.labels().containsKey(p)) {
                    unlabelled.add(p);
                }
            }
            if (!unlabelled.isEmpty()) {
                add(
                        li.pack(),
                        li.file(),
                        li.pointer() + "/scale/labels",
                        ProblemKind.SCALE_WITHOUT_LABELS,
                        "instrument " + i.ref() + " has keyed items but its scale " + scale + " has no label for "
                                + (unlabelled.size() == 1 ? "point " : "points ") + unlabelled);
            }
        }
    }

    // ---------------------------------------------------------------- texts

    private void texts() {
        Map<String, Map<String, Uses.Text>> texts = data.texts();
        List<String> full = new ArrayList<>();
        Map<String, String> parentOf = new LinkedHashMap<>();
        for (String tag : texts.keySet()) {
            String parent = Locales.parentIn(tag, texts.keySet());
            if (parent == null) {
                full.add(tag);
            } else {
                parentOf.put(tag, parent);
            }
        }
        if (!data.isAddOn()) {
            missingTexts(texts, full);
            untranslated(texts, full);
            orphans(texts, parentOf);
        }
        duplicateTexts(texts);
        placeholders(texts);
    }

    private void missingTexts(Map<String, Map<String, Uses.Text>> texts, List<String> full) {
        for (Uses.Key use : data.keys()) {
            if (Syntax.keyProblem(use.key()) != null) {
                continue;
            }
            for (String tag : full) {
                if (!texts.get(tag).containsKey(use.key())) {
                    add(
                            use.pack(),
                            use.file(),
                            use.pointer(),
                            ProblemKind.MISSING_TEXT,
                            "text key '" + use.key() + "' has no text in locale '" + tag + "'" + fileOf(tag));
                }
            }
        }
    }

    private String fileOf(String tag) {
        List<String> files = new ArrayList<>();
        for (PackManifest m : data.manifests()) {
            String f = m.textFiles().get(tag);
            if (f != null) {
                files.add(data.manifests().size() > 1 ? m.id() + ":" + f : f);
            }
        }
        return files.isEmpty() ? "" : " (" + String.join(", ", files) + ")";
    }

    private void untranslated(Map<String, Map<String, Uses.Text>> texts, List<String> full) {
        Set<String> used = new HashSet<>();
        for (Uses.Key use : data.keys()) {
            used.add(use.key());
        }
        Set<String> reported = new HashSet<>();
        for (String tag : full) {
            for (Map.Entry<String, Uses.Text> e : texts.get(tag).entrySet()) {
                String key = e.getKey();
                // A key the pack uses is reported where it is used, as MISSING_TEXT.
                if (used.contains(key) || !reported.add(key)) {
                    continue;
                }
                List<String> without = new ArrayList<>();
                for (String other : full) {
                    if (!texts.get(other).containsKey(key)) {
                        without.add(other);
                    }
                }
                if (!without.isEmpty()) {
                    Uses.Text t = e.getValue();
                    add(
                            t.pack(),
                            t.file(),
                            t.pointer(),
                            ProblemKind.MISSING_TRANSLATION,
                            "text key '" + key + "' has a text in locale '" + tag + "' but none in "
                                    + (without.size() == 1 ? "locale '" + without.get(0) + "'" : "locales " + without)
                                    + " (every full locale needs the same keys)");
                }
            }
        }
    }

    private void orphans(Map<String, Map<String, Uses.Text>> texts, Map<String, String> parentOf) {
        parentOf.forEach((tag, parent) -> {
            Map<String, Uses.Text> parentTexts = texts.get(parent);
            for (Map.Entry<String, Uses.Text> e : texts.get(tag).entrySet()) {
                if (!parentTexts.containsKey(e.getKey())) {
                    Uses.Text t = e.getValue();
                    add(
                            t.pack(),
                            t.file(),
                            t.pointer(),
                            ProblemKind.ORPHAN_TEXT,
                            "text key '" + e.getKey() + "' of regional locale '" + tag + "' has no text in '" + parent
                                    + "' (a regional locale may only override keys of its language)");
                }
            }
        });
    }

    private void duplicateTexts(Map<String, Map<String, Uses.Text>> texts) {
        texts.forEach((tag, map) -> {
            Map<String, String> firstKey = new HashMap<>();
            for (Map.Entry<String, Uses.Text> e : map.entrySet()) {
                String text = e.getValue().text().strip();
                if (text.isEmpty()) {
                    continue;
                }
                String earlier = firstKey.putIfAbsent(text, e.getKey());
                if (earlier != null) {
                    Uses.Text t = e.getValue();
                    add(
                            t.pack(),
                            t.file(),
                            t.pointer(),
                            ProblemKind.DUPLICATE_TEXT,
                            "the text of '" + e.getKey() + "' is the same as the text of '" + earlier + "' in locale '"
                                    + tag + "' (each key needs its own text)");
                }
            }
        });
    }

    private void placeholders(Map<String, Map<String, Uses.Text>> texts) {
        String defaultTag = Syntax.tagOf(data.manifest().defaultLocale());
        Map<String, Uses.Text> reference = texts.get(defaultTag);
        if (reference == null) {
            return;
        }
        texts.forEach((tag, map) -> {
            if (tag.equals(defaultTag)) {
                return;
            }
            for (Map.Entry<String, Uses.Text> e : map.entrySet()) {
                Uses.Text ref = reference.get(e.getKey());
                if (ref == null) {
                    continue;
                }
                SortedSet<Integer> expected = Placeholders.indices(ref.text());
                SortedSet<Integer> actual = Placeholders.indices(e.getValue().text());
                if (!Objects.equals(expected, actual)) {
                    Uses.Text t = e.getValue();
                    add(
                            t.pack(),
                            t.file(),
                            t.pointer(),
                            ProblemKind.PLACEHOLDER_MISMATCH,
                            "the text of '" + e.getKey() + "' in locale '" + tag + "' has placeholders "
                                    + Placeholders.describe(actual) + " but in '" + defaultTag + "' it has "
                                    + Placeholders.describe(expected));
                }
            }
        });
    }
}
