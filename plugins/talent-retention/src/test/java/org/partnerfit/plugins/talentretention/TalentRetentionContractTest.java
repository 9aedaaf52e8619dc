package org.partnerfit.plugins.talentretention;

import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.testkit.CriterionPluginContract;

class TalentRetentionContractTest extends CriterionPluginContract {

    @Override
    protected CriterionPlugin plugin() {
        return new TalentRetentionPlugin();
    }
}
