package org.partnerfit.plugins.leadershipmindshare;

import org.partnerfit.spi.CriterionPlugin;
import org.partnerfit.testkit.CriterionPluginContract;

class LeadershipMindshareContractTest extends CriterionPluginContract {

    @Override
    protected CriterionPlugin plugin() {
        return new LeadershipMindsharePlugin();
    }
}
