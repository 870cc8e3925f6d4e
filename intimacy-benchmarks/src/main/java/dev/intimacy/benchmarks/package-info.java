/**
 * JMH benchmarks of the scoring engine, each paired with a hand-written baseline over primitive arrays so
 * that results are read as ratios. Build and run from the repository root:
 *
 * <pre>
 * ./mvnw -B -q package -pl intimacy-benchmarks -am -DskipTests
 * java -jar intimacy-benchmarks/target/benchmarks.jar 'ObjectApi|Batch|Reliability'
 * </pre>
 */
@NullMarked
package dev.intimacy.benchmarks;

import org.jspecify.annotations.NullMarked;
