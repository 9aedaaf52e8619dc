package org.partnerfit.plugins.kpis;

import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.testkit.CriterionPluginContract;

class KpisContractTest extends CriterionPluginContract {

    @Override
    protected CriterionPlugin plugin() {
        return new KpisPlugin();
    }
}
