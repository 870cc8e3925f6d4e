/**
 * The immutable domain model of the intimacy SDK: dimensions, instruments, answers, assessments, couples,
 * results, couple results and change over time, with JSON through Jackson.
 */
module dev.intimacy.model {
    requires transitive tools.jackson.databind;
    requires transitive com.fasterxml.jackson.annotation;
    requires transitive org.jspecify;
    requires static org.immutables.value.annotations;

    exports dev.intimacy.model;
    exports dev.intimacy.model.instrument;
    exports dev.intimacy.model.answer;
    exports dev.intimacy.model.result;
    exports dev.intimacy.model.couple;
    exports dev.intimacy.model.change;
    exports dev.intimacy.model.json;
    // The shared Immutables style and id rules, for the project's own modules only.
    exports dev.intimacy.model.internal to
            dev.intimacy.scoring,
            dev.intimacy.content;

    // Jackson reads the hidden generated implementations reflectively.
    opens dev.intimacy.model.instrument to
            tools.jackson.databind;
    opens dev.intimacy.model.answer to
            tools.jackson.databind;
    opens dev.intimacy.model.result to
            tools.jackson.databind;
    opens dev.intimacy.model.couple to
            tools.jackson.databind;
    opens dev.intimacy.model.change to
            tools.jackson.databind;
    opens dev.intimacy.model to
            tools.jackson.databind;
}
