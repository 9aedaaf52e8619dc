package org.partnerfit.plugins.operatingmodel;

import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.testkit.CriterionPluginContract;

class OperatingModelContractTest extends CriterionPluginContract {

    @Override
    protected CriterionPlugin plugin() {
        return new OperatingModelPlugin();
    }
}
