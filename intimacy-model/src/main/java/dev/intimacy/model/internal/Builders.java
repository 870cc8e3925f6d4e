package dev.intimacy.model.internal;

import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ModelError;
import java.util.function.Supplier;

/** Turns the generated builders' bare exceptions into the model's own, with a clear message. */
public final class Builders {
    private Builders() {}

    /**
     * Runs a generated {@code build()} and translates a missing-attribute failure.
     *
     * @param what the value being built, for the message (for example "item")
     * @param build the generated build method
     * @param <T> the value type
     * @return the built value
     */
    public static <T> T build(String what, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalStateException e) {
            String m = String.valueOf(e.getMessage());
            int open = m.indexOf('[');
            int close = m.lastIndexOf(']');
            if (m.contains("required attributes are not set") && open >= 0 && close > open) {
                throw new InvalidModelException(
                        ModelError.MISSING_FIELD,
                        what + ": required field(s) missing: " + m.substring(open + 1, close),
                        e);
            }
            throw new InvalidModelException(ModelError.MISSING_FIELD, what + ": " + m, e);
        }
    }
}
