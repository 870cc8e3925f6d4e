package dev.intimacy.content;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.intimacy.model.internal.Builders;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Every problem a validation found in a pack, in a stable order (file by file, in reading order, then the
 * checks that span files). A pack is valid when the report has no {@link ValidationProblem.Severity#ERROR
 * error}; warnings do not make it invalid.
 *
 * <pre>{@code
 * ValidationReport report = ContentValidator.check(Path.of("my-pack"));
 * report.problems().forEach(System.out::println);
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableValidationReport.class)
@JsonDeserialize(as = ImmutableValidationReport.class)
public abstract class ValidationReport {

    /** Returns the id of the pack validated (the base pack's id for a composed pack). */
    public abstract String pack();

    /** Returns every problem, errors and warnings. */
    public abstract List<ValidationProblem> problems();

    /** Returns the errors only. */
    @JsonIgnore
    public final List<ValidationProblem> errors() {
        return problems().stream()
                .filter(p -> p.severity() == ValidationProblem.Severity.ERROR)
                .collect(Collectors.toUnmodifiableList());
    }

    /** Returns the warnings only. */
    @JsonIgnore
    public final List<ValidationProblem> warnings() {
        return problems().stream()
                .filter(p -> p.severity() == ValidationProblem.Severity.WARNING)
                .collect(Collectors.toUnmodifiableList());
    }

    /** Returns true when there is no error. */
    @JsonIgnore
    public final boolean isValid() {
        return problems().stream().noneMatch(p -> p.severity() == ValidationProblem.Severity.ERROR);
    }

    /**
     * Throws when the report has errors.
     *
     * @return this report, when it has no error
     * @throws ContentException with {@link ContentError#INVALID_PACK} listing every error in its message and in
     *     {@link ContentException#problems()}
     */
    public final ValidationReport requireValid() {
        List<ValidationProblem> errors = errors();
        if (!errors.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            sb.append("pack '")
                    .append(pack())
                    .append("' is invalid: ")
                    .append(String.format(Locale.ROOT, "%d problem%s", errors.size(), errors.size() == 1 ? "" : "s"));
            for (ValidationProblem p : errors) {
                sb.append("\n  ").append(p);
            }
            throw new ContentException(ContentError.INVALID_PACK, sb.toString(), errors);
        }
        return this;
    }

    /**
     * Returns a report.
     *
     * @param pack the pack's id
     * @param problems the problems found
     * @return the report
     */
    public static ValidationReport of(String pack, List<ValidationProblem> problems) {
        return Builders.build(
                "validation report",
                () -> new Builder().pack(pack).addAllProblems(problems).build());
    }

    /** Builds a {@link ValidationReport}; each single attribute may be set once. */
    public static final class Builder extends ImmutableValidationReport.Builder {
        Builder() {}
    }

    /** Returns a summary: the pack and the numbers of errors and warnings. */
    @Override
    public String toString() {
        return "ValidationReport[pack '" + pack() + "', " + errors().size() + " errors, "
                + warnings().size() + " warnings]";
    }
}
