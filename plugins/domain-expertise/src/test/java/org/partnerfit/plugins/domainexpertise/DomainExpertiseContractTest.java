package org.partnerfit.plugins.domainexpertise;

import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.testkit.CriterionPluginContract;

class DomainExpertiseContractTest extends CriterionPluginContract {

    @Override
    protected CriterionPlugin plugin() {
        return new DomainExpertisePlugin();
    }
}
