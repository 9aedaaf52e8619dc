package org.partnerfit.plugins.technicalexperience;

import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.testkit.CriterionPluginContract;

class TechnicalExperienceContractTest extends CriterionPluginContract {

    @Override
    protected CriterionPlugin plugin() {
        return new TechnicalExperiencePlugin();
    }
}
