package dev.intimacy.content.recommend;

import dev.intimacy.content.ContentError;
import dev.intimacy.content.ContentException;
import dev.intimacy.content.ContentPack;

/**
 * Picks conversation prompts and exercises for a person's or a couple's profile from a {@link ContentPack}.
 *
 * <pre>{@code
 * Recommender recommender = Recommender.of(ContentPacks.bundled());
 * Plan plan = recommender.recommend(RecommendationRequest.forProfile(profile, assessment)
 *         .locale(Locale.forLanguageTag("es"))
 *         .addAllHistory(history)       // ids already used, oldest first
 *         .seed(sessionNumber)
 *         .build());
 * plan.careNotes().forEach(n -> show(n.text()));
 * plan.prompts().forEach(p -> show(p.text()));
 * history.addAll(plan.contentIds());
 * }</pre>
 *
 * <p>The rules:
 *
 * <ul>
 *   <li><b>Focus.</b> The profile's growth areas (dimensions in the {@code GROWTH} band) come first, lowest
 *       POMP first, each weighted by how far its POMP lies below the strength band ({@value #STRENGTH_POMP}).
 *       With no growth area, the {@link RecommendationRequest#focusWhenNoGrowth() lowest} dimensions are
 *       deepened instead. For a couple ({@link RecommendationRequest#forCouple}) a dimension is a growth area
 *       when either partner is in the growth band or the partners see it very differently (pattern {@code
 *       DISCREPANT}); it is weighted by how far the lower partner lies below the strength band, and the lower
 *       partner comes first. Each focus dimension gets one slot in order; further slots are drawn at random,
 *       in proportion to the weights. Content of other dimensions is used only when the focus dimensions have
 *       nothing left.
 *   <li><b>Depth.</b> In each dimension prompts start at depth 1; depth {@code k + 1} opens only once the
 *       history (with the plan's own earlier picks) shows the prompts of depth {@code k} were used (all of
 *       them, or {@link RecommendationRequest#unlockDeeperAfter()} of them), so a dimension never jumps two
 *       depths. The deepest open depth with unused prompts is preferred.
 *   <li><b>No repeats</b> until a dimension's pool (the prompts or exercises that may be shown) is used up;
 *       then the least recently used come back, marked as repeats. A plan never holds the same id twice.
 *   <li><b>Safety gating.</b> When trust is in the growth band, or the composite index is, or a safety item
 *       of the pack is answered in the concern range (which needs the request's assessment), the matching care
 *       notes are included, depth-3 prompts of {@code VULNERABILITY} and {@code DISCLOSURE} are withheld, and
 *       so is every exercise flagged {@code SAFETY_CONCERN}. For a couple, either partner's profile or
 *       assessment can raise the condition. Exercises flagged {@code HIGH_CONFLICT} are withheld when a couple's
 *       partners are far apart on trust or communication, and exercises flagged with a condition the request
 *       {@link RecommendationRequest#avoid() declares} are withheld too.
 *   <li><b>Determinism.</b> Random choices come from a {@link java.util.SplittableRandom} seeded with the
 *       request's seed: the same pack, request and seed give the same plan.
 * </ul>
 *
 * <p>A recommender is immutable and thread-safe. It reads answers only to evaluate safety items and never
 * logs or reports them.
 */
public final class Recommender {

    /** The POMP at which the strength band starts; a growth area's weight is how far it lies below. */
    public static final double STRENGTH_POMP = 75.0;

    /** The POMP below which a score without a band counts as in the growth band. */
    public static final double GROWTH_POMP = 50.0;

    private final ContentPack pack;

    private Recommender(ContentPack pack) {
        this.pack = pack;
    }

    /**
     * Returns a recommender for a pack.
     *
     * @param pack a valid pack, for example {@link dev.intimacy.content.ContentPacks#bundled()}
     * @return the recommender
     */
    public static Recommender of(ContentPack pack) {
        return new Recommender(pack);
    }

    /**
     * Returns the pack recommended from.
     *
     * @return the pack
     */
    public ContentPack pack() {
        return pack;
    }

    /**
     * Makes a plan.
     *
     * @param request the profile, locale, history, seed and sizes
     * @return the plan
     * @throws ContentException with {@link ContentError#INVALID_REQUEST} when the assessment belongs to another
     *     respondent, is a prediction, is for another version of an instrument the pack has, or answers a
     *     safety item outside the scale
     */
    public Plan recommend(RecommendationRequest request) {
        return new Planner(pack, request).plan();
    }
}
