package org.partnerfit.assessment.application;

import org.partnerfit.spi.Answers;
import org.partnerfit.spi.Questionnaire;
import org.partnerfit.spi.Text;

/**
 * One criterion's client-profile questionnaire with the client's answers so far, and its plugin's
 * configuration options (the settings) with the values chosen so far; their revision (0 before
 * the first save), which a save based on it must still find.
 */
public record ProfileForm(String pluginId, Text criterionName, Questionnaire questionnaire, Answers answers,
                          Questionnaire settingsQuestionnaire, Answers settings, long revision) {
}
