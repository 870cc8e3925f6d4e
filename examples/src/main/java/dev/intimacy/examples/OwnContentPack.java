package dev.intimacy.examples;

import dev.intimacy.content.ContentPack;
import dev.intimacy.content.ContentPacks;
import dev.intimacy.content.Prompt;
import dev.intimacy.content.Texts;
import dev.intimacy.model.Dimension;
import java.util.List;
import java.util.Locale;

/**
 * An app adds its own prompts and a regional locale on top of the bundled pack. The add-on ships on the class
 * path like any pack: its files in {@code META-INF/intimacy/packs/our-prompts/} and its id in {@code
 * META-INF/intimacy/packs.idx} (both in this module's resources). Its manifest says {@code "extends": "core"};
 * composing it checks that it overrides nothing and that every locale stays complete. Its Mexican Spanish
 * ({@code es-MX}) overrides a few texts and falls back to Spanish, then English, for the rest.
 *
 * <p>Run: {@code ./mvnw -B -q -pl examples -am compile exec:java -Dexec.mainClass=dev.intimacy.examples.OwnContentPack}
 */
public final class OwnContentPack {
    private OwnContentPack() {}

    /**
     * Runs the example.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ContentPack core = ContentPacks.bundled();
        ContentPack ours = ContentPacks.discover().stream()
                .filter(p -> p.id().value().equals("our-prompts"))
                .findFirst()
                .orElseThrow();
        ContentPack pack = core.with(ours);

        System.out.println("Prompts: " + core.prompts().size() + " bundled, "
                + pack.prompts().size() + " with ours");
        System.out.println("Locales: " + tags(pack.locales()));
        Prompt ourPrompt = pack.prompts(Dimension.NURTURING).stream()
                .filter(p -> p.id().value().startsWith("our-"))
                .findFirst()
                .orElseThrow();
        for (String tag : List.of("en", "es", "es-MX")) {
            Texts texts = pack.texts(Locale.forLanguageTag(tag));
            System.out.println(tag + " " + tags(texts.fallbackChain()) + ": " + texts.text(ourPrompt.textKey()) + " | "
                    + texts.text("report.plan"));
        }
    }

    private static List<String> tags(List<Locale> locales) {
        return locales.stream().map(Locale::toLanguageTag).toList();
    }
}
