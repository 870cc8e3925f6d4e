package dev.intimacy.content;

import dev.intimacy.model.internal.Builders;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One problem of a pack: which pack and file, where in the file (an RFC 6901 JSON pointer such as {@code
 * /prompts/17/dimension}; empty for the whole document), what kind of problem, and a plain message that says
 * what is wrong and what is allowed.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableValidationProblem.class)
@JsonDeserialize(as = ImmutableValidationProblem.class)
public abstract class ValidationProblem {

    /** How serious a problem is. */
    public enum Severity {
        /** The pack must not be used as it is. */
        ERROR,
        /** Worth fixing; the pack works. */
        WARNING
    }

    /** Returns the id of the pack the file belongs to. */
    public abstract String pack();

    /** Returns the file, relative to the pack's root, for example {@code prompts.json}. */
    public abstract String file();

    /** Returns the JSON pointer of the offending value; empty for the whole document. */
    public abstract String pointer();

    /** Returns the kind of problem. */
    public abstract ProblemKind kind();

    /** Returns how serious it is. */
    public abstract Severity severity();

    /** Returns what is wrong and what is allowed. */
    public abstract String message();

    /** Returns a new strict builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ValidationProblem}; each attribute may be set once. */
    public static final class Builder extends ImmutableValidationProblem.Builder {
        Builder() {}

        /**
         * Builds the value.
         *
         * @return the problem
         * @throws dev.intimacy.model.InvalidModelException with code MISSING_FIELD naming a missing field
         */
        @Override
        public ValidationProblem build() {
            return Builders.build("validation problem", super::build);
        }
    }

    /**
     * Returns the problem on one line: {@code pack 'core' prompts.json /prompts/17/dimension: unknown dimension
     * 'TRUSTT' (expected one of …)}, with {@code warning:} before the message of a warning.
     */
    @Override
    public String toString() {
        return "pack '" + pack() + "' " + file() + (pointer().isEmpty() ? "" : " " + pointer()) + ": "
                + (severity() == Severity.WARNING ? "warning: " : "") + message();
    }
}
