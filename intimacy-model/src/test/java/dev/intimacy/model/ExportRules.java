package dev.intimacy.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import java.lang.module.ModuleDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rule "no exported type exposes a type from a non-exported package", read from the module's own
 * compiled descriptor so that the rule follows module-info.java.
 */
public final class ExportRules {
    private ExportRules() {}

    public static void noExportedSignatureExposesInternals(JavaClasses classes, String rootPackage) {
        Set<String> exported = exportedPackages(classes);
        assertThat(exported).as("exported packages of %s", rootPackage).isNotEmpty();
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
                if (pkg.startsWith("dev.intimacy.") && !exported.contains(pkg) && !raw.isArray()) {
                    violations.add(c.getName() + " exposes " + raw.getName());
                }
            }
        }
        assertThat(violations)
                .as("public signatures exposing non-exported types")
                .isEmpty();
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

    private static Set<String> exportedPackages(JavaClasses classes) {
        Set<String> exported = new TreeSet<>();
        JavaClass any = classes.iterator().next();
        try (var in = any.reflect().getClassLoader().getResourceAsStream("module-info.class")) {
            // Several modules may be on the class path; find the descriptor that owns this package.
            ModuleDescriptor d = ModuleDescriptor.read(in);
            for (ModuleDescriptor.Exports e : d.exports()) {
                if (!e.isQualified()) {
                    exported.add(e.source());
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return exported;
    }
}
