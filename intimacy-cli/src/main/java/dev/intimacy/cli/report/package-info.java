/**
 * The HTML report: a view model ({@link dev.intimacy.cli.report.ReportView}) built from profiles, plans and,
 * for couples, a couple section; a radar chart whose geometry is documented and tested ({@link
 * dev.intimacy.cli.report.RadarChart}); and the renderer ({@link dev.intimacy.cli.report.HtmlReport}), a
 * Mustache template that escapes every value, with inline CSS and SVG and nothing fetched from the network.
 */
@NullMarked
package dev.intimacy.cli.report;

import org.jspecify.annotations.NullMarked;
