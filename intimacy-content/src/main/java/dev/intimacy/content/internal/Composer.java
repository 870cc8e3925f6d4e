package dev.intimacy.content.internal;

import dev.intimacy.content.ContentError;
import dev.intimacy.content.ContentException;
import dev.intimacy.content.PackId;
import dev.intimacy.content.PackManifest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Composes a base pack and an add-on: the add-on's instruments, prompts, exercises, interpretations, care
 * notes, safety items and texts are added to the base's. Nothing is overridden: an id, a text key (in the same
 * locale) or an interpretation defined by both is a conflict.
 */
public final class Composer {
    private static final int MAX_LISTED = 20;

    private Composer() {}

    /**
     * Composes two packs.
     *
     * @param base the base pack (itself possibly composed)
     * @param addOn the add-on
     * @return the composed pack's data
     * @throws ContentException with {@link ContentError#CONFLICT} listing every conflict
     */
    public static PackData compose(PackData base, PackData addOn) {
        List<String> conflicts = new ArrayList<>();
        Map<String, PackManifest> baseIds = new LinkedHashMap<>();
        for (PackManifest m : base.manifests()) {
            baseIds.put(m.id().value(), m);
        }
        for (PackManifest m : addOn.manifests()) {
            if (baseIds.containsKey(m.id().value())) {
                conflicts.add("pack '" + m.id() + "' is already part of the base");
            }
        }
        Optional<PackId> wanted = addOn.manifest().extendsPack();
        if (wanted.isPresent() && !baseIds.containsKey(wanted.get().value())) {
            conflicts.add("add-on '" + addOn.id() + "' extends pack '" + wanted.get() + "', but the base is made of "
                    + baseIds.keySet());
        }
        Map<String, Uses.Id> ids = new HashMap<>();
        for (Uses.Id id : base.ids()) {
            ids.putIfAbsent(id.namespace() + "/" + id.id(), id);
        }
        for (Uses.Id id : addOn.ids()) {
            Uses.Id earlier = ids.get(id.namespace() + "/" + id.id());
            if (earlier != null) {
                conflicts.add((id.namespace() == Uses.Namespace.CONTENT ? "content id '" : "instrument id '") + id.id()
                        + "' of " + id.file() + " " + id.pointer() + " is already defined by pack '" + earlier.pack()
                        + "' in " + earlier.file() + " " + earlier.pointer());
            }
        }
        Map<String, Uses.Entry> entries = new HashMap<>();
        for (Uses.Entry e : base.entries()) {
            entries.putIfAbsent(e.key(), e);
        }
        for (Uses.Entry e : addOn.entries()) {
            Uses.Entry earlier = entries.get(e.key());
            if (earlier != null) {
                conflicts.add("the " + e.description() + " of " + e.file() + " " + e.pointer()
                        + " is already given by pack '" + earlier.pack() + "' in " + earlier.file() + " "
                        + earlier.pointer());
            }
        }
        Map<String, Map<String, Uses.Text>> texts = new LinkedHashMap<>();
        base.texts().forEach((tag, map) -> texts.put(tag, new LinkedHashMap<>(map)));
        addOn.texts().forEach((tag, map) -> {
            Map<String, Uses.Text> merged = texts.computeIfAbsent(tag, k -> new LinkedHashMap<>());
            map.forEach((key, text) -> {
                Uses.Text earlier = merged.putIfAbsent(key, text);
                if (earlier != null) {
                    conflicts.add("text key '" + key + "' in locale '" + tag + "' of " + text.file()
                            + " is already defined by pack '" + earlier.pack() + "' in " + earlier.file());
                }
            });
        });
        if (!conflicts.isEmpty()) {
            StringBuilder sb = new StringBuilder("cannot compose pack '" + addOn.id() + "' onto '" + base.id() + "': "
                    + conflicts.size() + (conflicts.size() == 1 ? " conflict" : " conflicts"));
            for (int i = 0; i < Math.min(MAX_LISTED, conflicts.size()); i++) {
                sb.append("\n  ").append(conflicts.get(i));
            }
            if (conflicts.size() > MAX_LISTED) {
                sb.append("\n  … and ").append(conflicts.size() - MAX_LISTED).append(" more");
            }
            throw new ContentException(ContentError.CONFLICT, sb.toString());
        }
        return new PackData(
                concat(base.manifests(), addOn.manifests()),
                concat(base.instruments(), addOn.instruments()),
                concat(base.prompts(), addOn.prompts()),
                concat(base.exercises(), addOn.exercises()),
                concat(base.personal(), addOn.personal()),
                concat(base.couple(), addOn.couple()),
                concat(base.careNotes(), addOn.careNotes()),
                concat(base.safetyItems(), addOn.safetyItems()),
                concat(base.ids(), addOn.ids()),
                concat(base.keys(), addOn.keys()),
                concat(base.entries(), addOn.entries()),
                texts,
                concat(base.problems(), addOn.problems()));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}
