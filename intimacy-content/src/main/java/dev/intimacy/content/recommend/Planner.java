package dev.intimacy.content.recommend;

import dev.intimacy.content.AvoidFlag;
import dev.intimacy.content.CareNote;
import dev.intimacy.content.CareTrigger;
import dev.intimacy.content.ContentError;
import dev.intimacy.content.ContentException;
import dev.intimacy.content.ContentId;
import dev.intimacy.content.ContentPack;
import dev.intimacy.content.Exercise;
import dev.intimacy.content.Prompt;
import dev.intimacy.content.SafetyItem;
import dev.intimacy.content.Texts;
import dev.intimacy.model.Dimension;
import dev.intimacy.model.RespondentId;
import dev.intimacy.model.answer.Answer;
import dev.intimacy.model.answer.Assessment;
import dev.intimacy.model.couple.CoupleDimension;
import dev.intimacy.model.couple.CouplePattern;
import dev.intimacy.model.instrument.Instrument;
import dev.intimacy.model.instrument.Item;
import dev.intimacy.model.instrument.Keying;
import dev.intimacy.model.result.Band;
import dev.intimacy.model.result.DimensionScore;
import dev.intimacy.model.result.IntimacyProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Makes one plan for one request; the rules are documented on {@link Recommender}. */
final class Planner {
    private static final Set<Dimension> GATED_DEEP = EnumSet.of(Dimension.VULNERABILITY, Dimension.DISCLOSURE);
    private static final Set<Dimension> HIGH_CONFLICT_DIMENSIONS = EnumSet.of(Dimension.TRUST, Dimension.COMMUNICATION);

    private final ContentPack pack;
    private final RecommendationRequest request;
    private final SplittableRandom random;
    /** Every id used: the history, then the plan's own picks. */
    private final Set<ContentId> used = new HashSet<>();
    /** When each id was last used: its last position in the history, then the plan's picks. */
    private final Map<ContentId, Integer> lastUse = new HashMap<>();

    private final Set<ContentId> inPlan = new HashSet<>();
    private int clock;

    Planner(ContentPack pack, RecommendationRequest request) {
        this.pack = pack;
        this.request = request;
        this.random = new SplittableRandom(request.seed());
        for (ContentId id : request.history()) {
            used.add(id);
            lastUse.put(id, clock++);
        }
    }

    Plan plan() {
        Set<CareTrigger> triggers = careTriggers();
        boolean gated = !triggers.isEmpty();
        Set<AvoidFlag> avoid = EnumSet.noneOf(AvoidFlag.class);
        avoid.addAll(request.avoid());
        if (highConflict()) {
            avoid.add(AvoidFlag.HIGH_CONFLICT);
        }
        if (gated) {
            avoid.add(AvoidFlag.SAFETY_CONCERN);
        }
        Locale locale = request.locale().orElse(pack.defaultLocale());
        Texts texts = pack.texts(locale);
        List<FocusArea> focus = focus();
        List<Dimension> fallback = fallback(focus);

        Predicate<Prompt> promptAllowed =
                p -> !(gated && p.depth() == Prompt.MAX_DEPTH && GATED_DEEP.contains(p.dimension()));
        Predicate<Exercise> exerciseAllowed = e -> e.avoidWhen().stream().noneMatch(avoid::contains);

        List<Pick<Prompt>> prompts = fill(
                request.promptCount(),
                focus,
                fallback,
                d -> eligible(pack.prompts(d), promptAllowed),
                this::pickPrompt);
        List<Pick<Exercise>> exercises = fill(
                request.exerciseCount(),
                focus,
                fallback,
                d -> eligible(pack.exercises(d), exerciseAllowed),
                this::pickExercise);

        Plan.Builder plan = Plan.builder();
        plan.locale(locale.toLanguageTag())
                .seed(request.seed())
                .addAllFocus(focus)
                .addAllCareTriggers(triggers);
        for (CareNote note : pack.careNotes()) {
            if (triggers.contains(note.trigger())) {
                plan.addCareNotes(PlannedCareNote.builder()
                        .note(note)
                        .text(texts.text(note.textKey()))
                        .build());
            }
        }
        for (Pick<Prompt> p : prompts) {
            PlannedPrompt.Builder b = PlannedPrompt.builder();
            b.prompt(p.value).text(texts.text(p.value.textKey())).repeat(p.repeat);
            p.value.followUpKey().ifPresent(k -> b.followUp(texts.text(k)));
            plan.addPrompts(b.build());
        }
        for (Pick<Exercise> e : exercises) {
            PlannedExercise.Builder b = PlannedExercise.builder();
            b.exercise(e.value)
                    .title(texts.text(e.value.titleKey()))
                    .goal(texts.text(e.value.goalKey()))
                    .repeat(e.repeat);
            e.value.stepKeys().forEach(k -> b.addSteps(texts.text(k)));
            plan.addExercises(b.build());
        }
        return plan.build();
    }

    // ---------------------------------------------------------------- focus

    private static Optional<Band> band(DimensionScore s) {
        if (s.band().isPresent()) {
            return s.band();
        }
        if (s.pomp().isEmpty()) {
            return Optional.empty();
        }
        double pomp = s.pomp().getAsDouble();
        return Optional.of(
                pomp < Recommender.GROWTH_POMP
                        ? Band.GROWTH
                        : pomp < Recommender.STRENGTH_POMP ? Band.DEVELOPING : Band.STRENGTH);
    }

    /** One dimension as the planner sees it: a POMP to order by and, when known, a band. */
    private static final class View {
        final Dimension dimension;
        final double pomp;
        final Optional<Band> band;
        final double lowest; // a person's POMP, or the lower of the two partners'
        final boolean growth;
        final boolean discrepant;

        View(Dimension dimension, double pomp, Optional<Band> band, double lowest, boolean growth, boolean discrepant) {
            this.dimension = dimension;
            this.pomp = pomp;
            this.band = band;
            this.lowest = lowest;
            this.growth = growth;
            this.discrepant = discrepant;
        }
    }

    /** The scored dimensions, lowest first: a person's own scores, or a couple's (lowest partner first). */
    private List<View> scored() {
        List<View> views = new ArrayList<>();
        if (request.couple().isPresent()) {
            for (CoupleDimension c : request.couple().get().dimensions().values()) {
                if (c.meanPomp().isEmpty()) {
                    continue;
                }
                Optional<Band> one = band(c.first());
                Optional<Band> two = band(c.second());
                boolean discrepant = c.pattern().equals(Optional.of(CouplePattern.DISCREPANT));
                boolean growth = discrepant
                        || c.pattern().equals(Optional.of(CouplePattern.SHARED_GROWTH))
                        || one.equals(Optional.of(Band.GROWTH))
                        || two.equals(Optional.of(Band.GROWTH));
                double lowest =
                        Math.min(c.firstPomp().getAsDouble(), c.secondPomp().getAsDouble());
                views.add(new View(
                        c.dimension(),
                        c.meanPomp().getAsDouble(),
                        one.equals(two) ? one : Optional.empty(),
                        lowest,
                        growth,
                        discrepant));
            }
        } else {
            for (DimensionScore s : request.profile().orElseThrow().dimensions().values()) {
                if (s.pomp().isPresent()) {
                    Optional<Band> b = band(s);
                    double pomp = s.pomp().getAsDouble();
                    views.add(new View(s.dimension(), pomp, b, pomp, b.equals(Optional.of(Band.GROWTH)), false));
                }
            }
        }
        views.sort(Comparator.comparingDouble((View v) -> v.lowest)
                .thenComparingDouble(v -> v.pomp)
                .thenComparing(v -> v.dimension));
        return views;
    }

    private List<FocusArea> focus() {
        List<View> scored = scored();
        List<FocusArea> focus = new ArrayList<>();
        for (View v : scored) {
            if (v.growth) {
                focus.add(area(
                        v,
                        Math.max(1.0, Recommender.STRENGTH_POMP - v.lowest),
                        v.discrepant ? FocusArea.Reason.DISCREPANT : FocusArea.Reason.GROWTH));
            }
        }
        if (focus.isEmpty()) {
            for (View v : scored.subList(0, Math.min(request.focusWhenNoGrowth(), scored.size()))) {
                // Lower scores weigh more; every weight is at least 1.
                focus.add(area(v, 101.0 - v.pomp, FocusArea.Reason.LOWEST));
            }
        }
        if (focus.isEmpty()) {
            for (Dimension d : Dimension.values()) {
                focus.add(FocusArea.builder()
                        .dimension(d)
                        .weight(1.0)
                        .reason(FocusArea.Reason.UNSCORED)
                        .build());
            }
        }
        return focus;
    }

    private static FocusArea area(View v, double weight, FocusArea.Reason reason) {
        FocusArea.Builder b = FocusArea.builder();
        b.dimension(v.dimension).pomp(v.pomp).weight(weight).reason(reason);
        v.band.ifPresent(b::band);
        return b.build();
    }

    /** The other dimensions, scored ones lowest first, then unscored ones, for when the focus has nothing left. */
    private List<Dimension> fallback(List<FocusArea> focus) {
        Set<Dimension> taken = EnumSet.noneOf(Dimension.class);
        focus.forEach(f -> taken.add(f.dimension()));
        List<Dimension> out = new ArrayList<>();
        for (View v : scored()) {
            if (taken.add(v.dimension)) {
                out.add(v.dimension);
            }
        }
        for (Dimension d : Dimension.values()) {
            if (taken.add(d)) {
                out.add(d);
            }
        }
        return out;
    }

    /** A couple who see trust or communication very differently: exercises that need calm ground are withheld. */
    private boolean highConflict() {
        if (request.couple().isEmpty()) {
            return false;
        }
        for (Dimension d : HIGH_CONFLICT_DIMENSIONS) {
            Optional<CoupleDimension> c = request.couple().get().dimension(d);
            if (c.isPresent() && c.get().pattern().equals(Optional.of(CouplePattern.DISCREPANT))) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- filling slots

    private static final class Pick<T> {
        final T value;
        final Dimension dimension;
        final boolean repeat;

        Pick(T value, Dimension dimension, boolean repeat) {
            this.value = value;
            this.dimension = dimension;
            this.repeat = repeat;
        }
    }

    private interface Picker<T> {
        @Nullable
        Pick<T> pick(Dimension dimension, List<T> eligible);
    }

    private static <T> List<T> eligible(List<T> all, Predicate<T> allowed) {
        List<T> out = new ArrayList<>();
        for (T t : all) {
            if (allowed.test(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private <T> List<Pick<T>> fill(
            int count,
            List<FocusArea> focus,
            List<Dimension> fallback,
            Function<Dimension, List<T>> pools,
            Picker<T> picker) {
        List<Pick<T>> picks = new ArrayList<>();
        Set<Dimension> exhausted = EnumSet.noneOf(Dimension.class);
        for (int slot = 0; slot < count; slot++) {
            Pick<T> pick = null;
            if (slot < focus.size()) {
                Dimension d = focus.get(slot).dimension();
                pick = exhausted.contains(d) ? null : picker.pick(d, pools.apply(d));
                if (pick == null) {
                    exhausted.add(d);
                }
            }
            while (pick == null) {
                Dimension d = draw(focus, exhausted);
                if (d == null) {
                    d = fallback.stream()
                            .filter(x -> !exhausted.contains(x))
                            .findFirst()
                            .orElse(null);
                }
                if (d == null) {
                    break;
                }
                pick = picker.pick(d, pools.apply(d));
                if (pick == null) {
                    exhausted.add(d);
                }
            }
            if (pick == null) {
                break;
            }
            picks.add(pick);
        }
        List<Dimension> order = new ArrayList<>();
        focus.forEach(f -> order.add(f.dimension()));
        order.addAll(fallback);
        // Most needed dimension first; within a dimension, the order of picking (which is by depth).
        picks.sort(Comparator.comparingInt(p -> order.indexOf(p.dimension)));
        return picks;
    }

    /** Draws a focus dimension that is not exhausted, with probability in proportion to its weight. */
    private @Nullable Dimension draw(List<FocusArea> focus, Set<Dimension> exhausted) {
        double total = 0;
        for (FocusArea f : focus) {
            if (!exhausted.contains(f.dimension())) {
                total += f.weight();
            }
        }
        if (total <= 0) {
            return null;
        }
        double r = random.nextDouble() * total;
        FocusArea last = null;
        for (FocusArea f : focus) {
            if (exhausted.contains(f.dimension())) {
                continue;
            }
            last = f;
            r -= f.weight();
            if (r < 0) {
                return f.dimension();
            }
        }
        return last == null ? null : last.dimension();
    }

    private void record(ContentId id) {
        used.add(id);
        inPlan.add(id);
        lastUse.put(id, clock++);
    }

    private @Nullable Pick<Prompt> pickPrompt(Dimension dimension, List<Prompt> eligible) {
        int open = openDepth(dimension);
        List<Prompt> unused = new ArrayList<>();
        int deepest = 0;
        for (Prompt p : eligible) {
            if (p.depth() <= open && !used.contains(p.id())) {
                unused.add(p);
                deepest = Math.max(deepest, p.depth());
            }
        }
        if (!unused.isEmpty()) {
            int depth = deepest;
            unused.removeIf(p -> p.depth() != depth);
            Prompt p = unused.get(random.nextInt(unused.size()));
            record(p.id());
            return new Pick<>(p, dimension, false);
        }
        List<Prompt> again = new ArrayList<>();
        for (Prompt p : eligible) {
            if (p.depth() <= open && !inPlan.contains(p.id())) {
                again.add(p);
            }
        }
        Prompt p = leastRecentlyUsed(again, Prompt::id);
        if (p == null) {
            return null;
        }
        record(p.id());
        return new Pick<>(p, dimension, true);
    }

    /** The deepest depth open in a dimension, from how many prompts of each shallower depth were used. */
    private int openDepth(Dimension dimension) {
        List<Prompt> all = pack.prompts(dimension);
        int open = Prompt.MIN_DEPTH;
        for (int depth = Prompt.MIN_DEPTH; depth < Prompt.MAX_DEPTH; depth++) {
            int size = 0;
            int usedAtDepth = 0;
            for (Prompt p : all) {
                if (p.depth() == depth) {
                    size++;
                    if (used.contains(p.id())) {
                        usedAtDepth++;
                    }
                }
            }
            int need = Math.min(request.unlockDeeperAfter().orElse(Integer.MAX_VALUE), size);
            if (usedAtDepth < need) {
                break;
            }
            open = depth + 1;
        }
        return open;
    }

    private @Nullable Pick<Exercise> pickExercise(Dimension dimension, List<Exercise> eligible) {
        List<Exercise> unused = new ArrayList<>();
        for (Exercise e : eligible) {
            if (!used.contains(e.id())) {
                unused.add(e);
            }
        }
        if (!unused.isEmpty()) {
            Exercise e = unused.get(random.nextInt(unused.size()));
            record(e.id());
            return new Pick<>(e, dimension, false);
        }
        List<Exercise> again = new ArrayList<>();
        for (Exercise e : eligible) {
            if (!inPlan.contains(e.id())) {
                again.add(e);
            }
        }
        Exercise e = leastRecentlyUsed(again, Exercise::id);
        if (e == null) {
            return null;
        }
        record(e.id());
        return new Pick<>(e, dimension, true);
    }

    private <T> @Nullable T leastRecentlyUsed(List<T> candidates, Function<T, ContentId> id) {
        List<T> oldest = new ArrayList<>();
        int oldestUse = Integer.MAX_VALUE;
        for (T t : candidates) {
            int use = lastUse.getOrDefault(id.apply(t), -1);
            if (use < oldestUse) {
                oldest.clear();
                oldestUse = use;
            }
            if (use == oldestUse) {
                oldest.add(t);
            }
        }
        return oldest.isEmpty() ? null : oldest.get(random.nextInt(oldest.size()));
    }

    // ---------------------------------------------------------------- care triggers

    private Set<CareTrigger> careTriggers() {
        List<IntimacyProfile> profiles = request.couple().isPresent()
                ? List.of(request.couple().get().first(), request.couple().get().second())
                : List.of(request.profile().orElseThrow());
        Set<CareTrigger> triggers = EnumSet.noneOf(CareTrigger.class);
        for (IntimacyProfile profile : profiles) {
            Optional<DimensionScore> trust = profile.score(Dimension.TRUST);
            if (trust.isPresent() && band(trust.get()).equals(Optional.of(Band.GROWTH))) {
                triggers.add(CareTrigger.TRUST_LOW);
            }
            boolean compositeLow = profile.compositeBand().isPresent()
                    ? profile.compositeBand().get() == Band.GROWTH
                    : profile.compositeIndex().isPresent()
                            && profile.compositeIndex().getAsDouble() < Recommender.GROWTH_POMP;
            if (compositeLow) {
                triggers.add(CareTrigger.COMPOSITE_LOW);
            }
        }
        for (Assessment assessment : request.assessments()) {
            if (profiles.stream().noneMatch(p -> p.respondent().equals(assessment.respondent()))) {
                throw new ContentException(
                        ContentError.INVALID_REQUEST,
                        "the assessment of respondent " + assessment.respondent() + " does not belong to the "
                                + (profiles.size() == 1 ? "profile of " : "couple of ")
                                + request.respondents().stream()
                                        .map(RespondentId::value)
                                        .collect(java.util.stream.Collectors.joining(" and ")));
            }
            if (safetyConcern(assessment)) {
                triggers.add(CareTrigger.SAFETY_ITEM);
            }
        }
        return triggers;
    }

    private boolean safetyConcern(Assessment assessment) {
        if (assessment.isPrediction()) {
            throw new ContentException(
                    ContentError.INVALID_REQUEST,
                    "the assessment of respondent " + assessment.respondent() + " is a prediction of "
                            + assessment.predicts().orElseThrow() + "'s answers; pass the respondent's own answers");
        }
        boolean concern = false;
        for (SafetyItem si : pack.safetyItems()) {
            if (!si.instrument().equals(assessment.instrument().id())) {
                continue;
            }
            Optional<Instrument> instrument = pack.instrument(si.instrument());
            if (instrument.isEmpty()) {
                continue;
            }
            Instrument in = instrument.get();
            if (!in.version().equals(assessment.instrument().version())) {
                throw new ContentException(
                        ContentError.INVALID_REQUEST,
                        "the assessment is for " + assessment.instrument() + " but the pack has " + in.ref()
                                + "; its safety items cannot be evaluated on another version");
            }
            Optional<Item> item = in.item(si.item());
            Answer answer = assessment.answer(si.item());
            if (item.isEmpty() || !answer.isValue()) {
                continue;
            }
            int value = answer.valueOr(in.scale().min());
            if (!in.scale().contains(value)) {
                throw new ContentException(
                        ContentError.INVALID_REQUEST,
                        "item " + si.item() + ": answer " + value + " is outside the scale " + in.scale() + " of "
                                + in.ref());
            }
            int keyed = item.get().keying() == Keying.REVERSE ? in.scale().reflect(value) : value;
            if (keyed <= si.concernAtOrBelow()) {
                concern = true;
            }
        }
        return concern;
    }
}
