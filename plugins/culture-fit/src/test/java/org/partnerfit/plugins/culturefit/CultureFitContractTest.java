package org.partnerfit.plugins.culturefit;

import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.testkit.CriterionPluginContract;

class CultureFitContractTest extends CriterionPluginContract {

    @Override
    protected CriterionPlugin plugin() {
        return new CultureFitPlugin();
    }
}
