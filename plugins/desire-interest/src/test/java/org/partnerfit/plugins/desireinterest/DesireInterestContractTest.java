package org.partnerfit.plugins.desireinterest;

import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.testkit.CriterionPluginContract;

class DesireInterestContractTest extends CriterionPluginContract {

    @Override
    protected CriterionPlugin plugin() {
        return new DesireInterestPlugin();
    }
}
