package org.partnerfit.spi;

/**
 * One criterion: what it asks and how it scores the answers.
 *
 * <p>Implementations are discovered with {@link java.util.ServiceLoader}, must have a public
 * no-argument constructor, keep no mutable state and do no I/O: the platform calls
 * {@link #score} from many threads, under a time limit, and expects the same result for the
 * same input every time.
 */
public interface CriterionPlugin {

    /** The SPI major version this contract describes; a plugin built for another is refused. */
    int SPI_VERSION = 1;

    /** Who the plugin is: id, version and names. */
    Descriptor descriptor();

    /** What a partner firm is asked. */
    Questionnaire partnerQuestionnaire();

    /** What the client states about itself, once, so the partner can be measured against it. */
    default Questionnaire clientProfileQuestionnaire() {
        return Questionnaire.EMPTY;
    }

    /**
     * What a client admin may set for this criterion (target domains, required stack, how much
     * it matters...); the answers reach the scorer as {@link ScoringInput#configuration()}.
     */
    default Questionnaire configurationOptions() {
        return Questionnaire.EMPTY;
    }

    /** Scores one partner's answers; never throws for missing or odd answers, lowers confidence instead. */
    Score score(ScoringInput input);
}
