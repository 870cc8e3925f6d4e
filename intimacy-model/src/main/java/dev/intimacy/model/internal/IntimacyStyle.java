package dev.intimacy.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: the generated implementation is package-private and
 * overshadowed by the abstract type, builders are strict (each attribute set once), and no Guava.
 *
 * <p>A value type declares {@code public static final class Builder extends ImmutableX.Builder} so
 * that its builder is public while the implementation class stays hidden.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        strictBuilder = true,
        jdkOnly = true,
        allParameters = false,
        defaults = @Value.Immutable(copy = false),
        privateNoargConstructor = false,
        forceJacksonPropertyNames = false,
        // No org.immutables.value.Generated on generated classes: users compile without Immutables on their path.
        allowedClasspathAnnotations = {Override.class})
public @interface IntimacyStyle {}
