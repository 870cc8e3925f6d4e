package dev.intimacy.cli.input;

import dev.intimacy.model.IntimacyException;
import dev.intimacy.model.instrument.MissingDataPolicy;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the {@code --missing} option: {@code strict} (every item of a dimension needed) or {@code
 * prorate:SHARE} (the mean of the answered items when at least SHARE of them, in (0, 1], were answered), for
 * example {@code prorate:0.5}.
 */
public final class MissingDataOption implements ITypeConverter<MissingDataPolicy> {

    /** Creates the converter. */
    public MissingDataOption() {}

    @Override
    public MissingDataPolicy convert(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("strict")) {
            return MissingDataPolicy.strict();
        }
        if (v.startsWith("prorate:")) {
            String share = v.substring("prorate:".length());
            try {
                return MissingDataPolicy.prorate(Double.parseDouble(share));
            } catch (NumberFormatException | IntimacyException e) {
                throw new TypeConversionException("'" + AnswerReader.shown(value)
                        + "': the share after prorate: must be a number in (0, 1]," + " e.g. prorate:0.5");
            }
        }
        throw new TypeConversionException("'" + AnswerReader.shown(value)
                + "' is not a missing-data policy (expected strict or prorate:SHARE," + " e.g. prorate:0.5)");
    }
}
