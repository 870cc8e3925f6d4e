package dev.intimacy.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.intimacy.model");

    @Test
    void no_exported_type_exposes_a_type_of_a_non_exported_package() {
        ExportRules.noExportedSignatureExposesInternals(classes, "dev.intimacy.model");
    }

    @Test
    void the_model_depends_on_no_other_intimacy_module() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.intimacy.scoring..",
                        "dev.intimacy.content..",
                        "dev.intimacy.cli..",
                        "dev.intimacy.examples..")
                .check(classes);
    }
}
