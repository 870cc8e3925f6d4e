/**
 * The content of the intimacy SDK: content packs (instruments, conversation prompts, exercises,
 * interpretations and their texts per locale), their loader and validator, and the recommender that picks
 * prompts and exercises for a profile.
 *
 * <p>Start from {@link dev.intimacy.content.ContentPacks} and {@link
 * dev.intimacy.content.recommend.Recommender}.
 */
module dev.intimacy.content {
    requires transitive dev.intimacy.model;
    requires static org.immutables.value.annotations;

    exports dev.intimacy.content;
    exports dev.intimacy.content.recommend;

    // Jackson reads and writes the hidden generated implementations of the value types reflectively.
    opens dev.intimacy.content to
            tools.jackson.databind;
    opens dev.intimacy.content.recommend to
            tools.jackson.databind;
}
