package org.partnerfit.report;

import java.util.Locale;
import java.util.Map;

import org.partnerfit.assessment.application.AssessmentReview;

/** One way to take an assessment's results away as a file. */
public interface ResultsExport {

    /**
     * The file's bytes.
     *
     * @param whatIfWeights weight by plugin id for the criteria to re-weigh; empty for the assessment's own
     */
    byte[] export(AssessmentReview review, Locale locale, Map<String, Integer> whatIfWeights);

    /** The media type to send the file as. */
    String contentType();

    /** Without the dot: "csv". */
    String extension();

    /**
     * A name that is safe in a Content-Disposition header and on any file system: the assessment's
     * name reduced to ASCII letters, digits, '-' and '_', or "assessment-&lt;id&gt;" when nothing is left.
     */
    default String fileName(AssessmentReview review) {
        String name = review.name() == null ? "" : review.name().trim().replaceAll("\\s+", "-")
                .replaceAll("[^A-Za-z0-9_-]", "").replaceAll("-{2,}", "-").replaceAll("^[-_]+|[-_]+$", "");
        if (name.length() > 80) {
            name = name.substring(0, 80);
        }
        return (name.isEmpty() ? "assessment-" + review.id() : name) + "." + extension();
    }
}
