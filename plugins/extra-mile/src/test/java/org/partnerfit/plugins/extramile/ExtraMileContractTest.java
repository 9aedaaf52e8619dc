package org.partnerfit.plugins.extramile;

import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.testkit.CriterionPluginContract;

class ExtraMileContractTest extends CriterionPluginContract {

    @Override
    protected CriterionPlugin plugin() {
        return new ExtraMilePlugin();
    }
}
