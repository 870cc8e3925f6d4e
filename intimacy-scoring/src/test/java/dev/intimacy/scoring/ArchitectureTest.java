package dev.intimacy.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.intimacy.scoring");

    @Test
    void no_public_signature_of_an_exported_package_exposes_an_internal_type() {
        List<String> violations = new ArrayList<>();
        for (JavaClass c : classes) {
            if (c.getPackageName().contains(".internal") || !c.getModifiers().contains(JavaModifier.PUBLIC)) {
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
                }
            }
            for (JavaType t : exposed) {
                if (t.toErasure().getPackageName().contains(".internal")) {
                    violations.add(c.getName() + " exposes " + t.toErasure().getName());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void scoring_never_depends_on_the_content_module_or_above() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.intimacy.content..", "dev.intimacy.cli..", "dev.intimacy.examples..")
                .check(classes);
    }
}
