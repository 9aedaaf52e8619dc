package org.partnerfit.plugins.domainexpertise;

import java.util.List;
import java.util.Optional;

import org.partnerfit.spi.Choice;
import org.partnerfit.spi.Text;

/** An industry a client works in and a partner may have served: the same list on both sides. */
record Domain(String value, Text label, Text phrase) {

    static final List<Domain> ALL = List.of(
            new Domain("fintech", Text.of("Banking, payments and FinTech", "银行、支付与金融科技"),
                    Text.of("banking and FinTech", "银行与金融科技")),
            new Domain("healthtech", Text.of("Healthcare and HealthTech", "医疗健康与医疗科技"),
                    Text.of("healthcare", "医疗健康")),
            new Domain("edtech", Text.of("Education and EdTech", "教育与教育科技"),
                    Text.of("education", "教育")),
            new Domain("insurance", Text.of("Insurance", "保险"),
                    Text.of("insurance", "保险")),
            new Domain("retail", Text.of("Retail and e-commerce", "零售与电子商务"),
                    Text.of("retail and e-commerce", "零售与电子商务")),
            new Domain("logistics", Text.of("Logistics, transport and supply chain", "物流、运输与供应链"),
                    Text.of("logistics", "物流")),
            new Domain("public-sector", Text.of("Government and public sector", "政府与公共部门"),
                    Text.of("the public sector", "公共部门")),
            new Domain("energy", Text.of("Energy and utilities", "能源与公用事业"),
                    Text.of("energy and utilities", "能源与公用事业")),
            new Domain("telecom", Text.of("Telecommunications", "电信"),
                    Text.of("telecoms", "电信")),
            new Domain("other", Text.of("Another industry", "其他行业"),
                    Text.of("an unlisted industry", "其他")));

    static List<Choice> choices() {
        return ALL.stream().map(d -> new Choice(d.value(), d.label())).toList();
    }

    static Optional<Domain> of(String value) {
        return ALL.stream().filter(d -> d.value().equals(value)).findFirst();
    }
}
