package dev.intimacy.content;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The module's shape: what it exports, what it depends on, and that no public signature leaks internals. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.intimacy.content");

    /** Reads this module's own compiled descriptor (not another module's on the class path). */
    private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
        Path classesDir = Path.of(ContentPacks.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (InputStream in = Files.newInputStream(classesDir.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    private static boolean isVisible(JavaClass c) {
        JavaClass k = c;
        while (k != null) {
            if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
            k = k.getEnclosingClass().orElse(null);
        }
        return true;
    }

    @Test
    void the_module_exports_only_its_api_packages_and_requires_the_model_transitively() throws Exception {
        ModuleDescriptor d = descriptor();

        assertThat(d.name()).isEqualTo("dev.intimacy.content");
        assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("dev.intimacy.content", "dev.intimacy.content.recommend");
        assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(d.requires()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("dev.intimacy.model");
            assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
        });
        assertThat(d.requires()).noneSatisfy(r -> assertThat(r.name()).startsWith("dev.intimacy.scoring"));
    }

    @Test
    void no_exported_type_exposes_a_type_of_a_non_exported_package() throws Exception {
        Set<String> exported = new TreeSet<>();
        descriptor().exports().forEach(e -> exported.add(e.source()));
        List<String> violations = new ArrayList<>();
        for (JavaClass c : classes) {
            if (!exported.contains(c.getPackageName()) || !isVisible(c)) {
                continue;
            }
            List<JavaType> exposed = new ArrayList<>();
            c.getRawSuperclass().ifPresent(exposed::add);
            exposed.addAll(c.getRawInterfaces());
            for (JavaCodeUnit m : c.getCodeUnits()) {
                if (m.getModifiers().contains(JavaModifier.PUBLIC)
                        || m.getModifiers().contains(JavaModifier.PROTECTED)) {
                    exposed.add(m.getRawReturnType());
                    exposed.addAll(m.getRawParameterTypes());
                    exposed.addAll(m.getExceptionTypes());
                }
            }
            for (JavaField f : c.getFields()) {
                if (f.getModifiers().contains(JavaModifier.PUBLIC)
                        || f.getModifiers().contains(JavaModifier.PROTECTED)) {
                    exposed.add(f.getRawType());
                }
            }
            for (JavaType t : exposed) {
                JavaClass raw = t.toErasure();
                String pkg = raw.getPackageName();
                if (pkg.startsWith("dev.intimacy.content") && !exported.contains(pkg) && !raw.isArray()) {
                    violations.add(c.getName() + " exposes " + raw.getName());
                }
            }
        }
        assertThat(violations)
                .as("public signatures exposing non-exported types")
                .isEmpty();
    }

    @Test
    void the_content_module_never_depends_on_scoring_or_the_modules_above_it() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.intimacy.scoring..", "dev.intimacy.cli..", "dev.intimacy.examples..")
                .check(classes);
    }

    @Test
    void nothing_in_the_module_logs() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.util.logging..", "org.slf4j..", "org.apache.logging..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("java.lang.System$Logger")
                .check(classes);
    }

    @Test
    void the_api_does_not_reach_into_the_recommender_and_the_internals_do_not_reach_into_either() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.intimacy.content", "dev.intimacy.content.internal")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.intimacy.content.recommend..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("dev.intimacy.content.recommend..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.intimacy.content.internal..")
                .check(classes);
    }
}
