package dev.intimacy.model.answer;

import dev.intimacy.model.InvalidModelException;
import dev.intimacy.model.ModelError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an assessment does not fit its instrument. It lists <strong>every</strong> problem at once
 * (unknown items, values outside the scale, a wrong instrument or version), each naming the item and what
 * is allowed. Its code is {@link ModelError#ASSESSMENT_MISMATCH}.
 */
public class InvalidAssessmentException extends InvalidModelException {
    private static final long serialVersionUID = 1L;

    private final transient List<AssessmentProblem> problems;

    /**
     * Creates the exception.
     *
     * @param subject what was checked, for example {@code assessment of respondent r1 for intimacy-core@1.0.0}
     * @param problems every problem found; not empty
     */
    public InvalidAssessmentException(String subject, List<AssessmentProblem> problems) {
        super(ModelError.ASSESSMENT_MISMATCH, summary(subject, problems));
        this.problems = List.copyOf(problems);
    }

    /** Returns every problem found, in item order. */
    public List<AssessmentProblem> problems() {
        return problems;
    }

    private static String summary(String subject, List<AssessmentProblem> problems) {
        return subject + " has " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                + problems.stream().map(AssessmentProblem::message).collect(Collectors.joining("; "));
    }
}
