/**
 * {@code intimacy demo}: the SDK's main job on the bundled pack and built-in, made-up answers — a profile with
 * bars, strengths and growth areas, both partners side by side, a plan of prompts and exercises, and an HTML
 * report. Start from {@link dev.intimacy.cli.demo.DemoCommand}.
 */
@NullMarked
package dev.intimacy.cli.demo;

import org.jspecify.annotations.NullMarked;
