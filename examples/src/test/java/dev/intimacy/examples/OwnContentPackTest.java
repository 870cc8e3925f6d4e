package dev.intimacy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnContentPackTest {

    @Test
    void the_add_on_adds_prompts_and_a_regional_locale_that_falls_back() throws Exception {
        String out = MainOutput.of(OwnContentPack::main);

        assertThat(out).contains("Prompts: 180 bundled, 182 with ours");
        assertThat(out).contains("Locales: [en, es, es-MX]");
        assertThat(out)
                .contains("en [en]: Which weekday evening could become our evening, just for the two of us? | Your plan"
                        + " for this week");
        assertThat(out)
                .contains("es [es, en]: ¿Qué tarde entre semana podría ser nuestra tarde, solo para los dos? | Tu plan"
                        + " para esta semana");
        assertThat(out)
                .contains("es-MX [es-MX, es, en]: ¿Qué noche entre semana podría ser nuestra noche, nomás para los"
                        + " dos? | Su plan para esta semana");
    }
}
