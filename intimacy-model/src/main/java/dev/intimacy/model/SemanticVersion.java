package dev.intimacy.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic version {@code MAJOR.MINOR.PATCH}, optionally followed by {@code -PRERELEASE} (for example
 * {@code 1.0.0} or {@code 2.1.0-beta.1}), as in Semantic Versioning 2.0.0 without build metadata. In
 * JSON it is a plain string. Two assessments belong to the same instrument version only when their
 * versions are equal.
 */
public final class SemanticVersion implements Comparable<SemanticVersion> {
    private static final Pattern FORM = Pattern.compile(
            "(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})\\.(0|[1-9]\\d{0,8})(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?");

    private final int major;
    private final int minor;
    private final int patch;
    private final String preRelease;

    private SemanticVersion(int major, int minor, int patch, String preRelease) {
        this.major = major;
        this.minor = minor;
        this.patch = patch;
        this.preRelease = preRelease;
    }

    /**
     * Parses a version.
     *
     * @param text for example {@code "1.0.0"}
     * @return the version
     * @throws InvalidModelException with {@link ModelError#INVALID_VERSION} when the text is not of the form
     *     {@code MAJOR.MINOR.PATCH[-PRERELEASE]}
     */
    @JsonCreator
    public static SemanticVersion parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new InvalidModelException(
                    ModelError.INVALID_VERSION,
                    "version '" + text + "' is not a semantic version (expected MAJOR.MINOR.PATCH such as 1.0.0,"
                            + " optionally with -PRERELEASE)");
        }
        String pre = m.group(4);
        return new SemanticVersion(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                pre == null ? "" : pre);
    }

    /**
     * Returns the version {@code major.minor.patch}.
     *
     * @param major the major version, at least 0
     * @param minor the minor version, at least 0
     * @param patch the patch version, at least 0
     * @return the version
     */
    public static SemanticVersion of(int major, int minor, int patch) {
        return parse(major + "." + minor + "." + patch);
    }

    /** Returns the major version. */
    public int major() {
        return major;
    }

    /** Returns the minor version. */
    public int minor() {
        return minor;
    }

    /** Returns the patch version. */
    public int patch() {
        return patch;
    }

    /** Returns the pre-release label, empty when there is none. */
    public String preRelease() {
        return preRelease;
    }

    @Override
    public int compareTo(SemanticVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        if (c == 0) {
            c = Integer.compare(patch, o.patch);
        }
        if (c == 0 && !preRelease.equals(o.preRelease)) {
            // A release ranks above its pre-releases; pre-releases compare by text (enough for ordering here).
            if (preRelease.isEmpty()) {
                return 1;
            }
            if (o.preRelease.isEmpty()) {
                return -1;
            }
            c = preRelease.compareTo(o.preRelease);
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SemanticVersion v
                && major == v.major
                && minor == v.minor
                && patch == v.patch
                && preRelease.equals(v.preRelease);
    }

    @Override
    public int hashCode() {
        return ((major * 31 + minor) * 31 + patch) * 31 + preRelease.hashCode();
    }

    /** Returns the version's text, for example {@code 1.0.0}. */
    @JsonValue
    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + preRelease);
    }
}
