package dev.intimacy.content.internal;

import dev.intimacy.content.CareNote;
import dev.intimacy.content.CoupleInterpretation;
import dev.intimacy.content.Exercise;
import dev.intimacy.content.PackManifest;
import dev.intimacy.content.PersonalInterpretation;
import dev.intimacy.content.Prompt;
import dev.intimacy.content.SafetyItem;
import dev.intimacy.content.ValidationProblem;
import dev.intimacy.model.instrument.Instrument;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything read from one pack, or composed from several: the manifests, the values that could be built,
 * each with where it came from, the ids, keys and entries every file declares (also for entries that could
 * not be built), the texts per locale tag, and the problems found while reading.
 *
 * @param manifests the manifests, the base pack's first
 * @param instruments the instruments that could be built
 * @param prompts the prompts that could be built
 * @param exercises the exercises that could be built
 * @param personal the personal interpretations that could be built
 * @param couple the couple interpretations that could be built
 * @param careNotes the care notes that could be built
 * @param safetyItems the safety items that could be built
 * @param ids every id declared
 * @param keys every text key used
 * @param entries every entry that must be unique by a composite key
 * @param texts the texts per locale tag, each in file order; locale tags in the manifests' order
 * @param problems the problems found while reading
 */
public record PackData(
        List<PackManifest> manifests,
        List<Located<Instrument>> instruments,
        List<Located<Prompt>> prompts,
        List<Located<Exercise>> exercises,
        List<Located<PersonalInterpretation>> personal,
        List<Located<CoupleInterpretation>> couple,
        List<Located<CareNote>> careNotes,
        List<Located<SafetyItem>> safetyItems,
        List<Uses.Id> ids,
        List<Uses.Key> keys,
        List<Uses.Entry> entries,
        Map<String, Map<String, Uses.Text>> texts,
        List<ValidationProblem> problems) {

    /** Makes every collection unmodifiable. */
    public PackData {
        manifests = List.copyOf(manifests);
        instruments = List.copyOf(instruments);
        prompts = List.copyOf(prompts);
        exercises = List.copyOf(exercises);
        personal = List.copyOf(personal);
        couple = List.copyOf(couple);
        careNotes = List.copyOf(careNotes);
        safetyItems = List.copyOf(safetyItems);
        ids = List.copyOf(ids);
        keys = List.copyOf(keys);
        entries = List.copyOf(entries);
        Map<String, Map<String, Uses.Text>> t = new LinkedHashMap<>();
        texts.forEach((tag, m) -> t.put(tag, Collections.unmodifiableMap(new LinkedHashMap<>(m))));
        texts = Collections.unmodifiableMap(t);
        problems = List.copyOf(problems);
    }

    /** Returns the base pack's manifest. */
    public PackManifest manifest() {
        return manifests.get(0);
    }

    /** Returns true when the base of this pack is an add-on: its cross-file checks wait for composition. */
    public boolean isAddOn() {
        return manifest().extendsPack().isPresent();
    }

    /** Returns the base pack's id. */
    public String id() {
        return manifest().id().value();
    }
}
