package org.partnerfit.plugins.costnegotiation;

import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.testkit.CriterionPluginContract;

class CostNegotiationContractTest extends CriterionPluginContract {

    @Override
    protected CriterionPlugin plugin() {
        return new CostNegotiationPlugin();
    }
}
