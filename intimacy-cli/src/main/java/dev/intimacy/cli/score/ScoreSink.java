package dev.intimacy.cli.score;

import dev.intimacy.model.result.IntimacyProfile;

/** Where scored rows go, one at a time, in input order. */
interface ScoreSink {
    /** Writes one respondent's scores. */
    void write(IntimacyProfile profile);

    /** Writes what closes the output (for JSON, the end of the array) and flushes. */
    void finish();
}
