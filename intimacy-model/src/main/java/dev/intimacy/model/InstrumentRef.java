package dev.intimacy.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A reference to one version of an instrument: its id and semantic version. Assessments and profiles
 * carry one, so that answers are never scored against another version of the questionnaire.
 */
public final class InstrumentRef {
    private final InstrumentId id;
    private final SemanticVersion version;

    private InstrumentRef(InstrumentId id, SemanticVersion version) {
        this.id = id;
        this.version = version;
    }

    /**
     * Returns a reference.
     *
     * @param id the instrument id
     * @param version the instrument version
     * @return the reference
     */
    @JsonCreator
    public static InstrumentRef of(
            @JsonProperty(value = "id", required = true) InstrumentId id,
            @JsonProperty(value = "version", required = true) SemanticVersion version) {
        if (id == null || version == null) {
            throw new InvalidModelException(
                    ModelError.MISSING_FIELD, "instrument reference needs both 'id' and 'version'");
        }
        return new InstrumentRef(id, version);
    }

    /**
     * Parses the short form {@code id@version}, for example {@code intimacy-core@1.0.0}.
     *
     * @param text the short form
     * @return the reference
     * @throws InvalidModelException when the text has no '@' or either part is invalid
     */
    public static InstrumentRef parse(String text) {
        int at = text.lastIndexOf('@');
        if (at < 0) {
            throw new InvalidModelException(
                    ModelError.INVALID_ID,
                    "instrument reference '" + text + "' has no '@' (expected id@version, e.g. intimacy-core@1.0.0)");
        }
        return of(InstrumentId.of(text.substring(0, at)), SemanticVersion.parse(text.substring(at + 1)));
    }

    /** Returns the instrument id. */
    @JsonProperty("id")
    public InstrumentId id() {
        return id;
    }

    /** Returns the instrument version. */
    @JsonProperty("version")
    public SemanticVersion version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InstrumentRef other && id.equals(other.id) && version.equals(other.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    /** Returns the short form {@code id@version}. */
    @Override
    public String toString() {
        return id + "@" + version;
    }
}
