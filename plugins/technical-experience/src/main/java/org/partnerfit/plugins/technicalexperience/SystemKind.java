package org.partnerfit.plugins.technicalexperience;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.partnerfit.spi.Choice;
import org.partnerfit.spi.Text;

/**
 * The broad kind of system being built. Some kinds share most of their hard problems (a back
 * office and the integration layer around it, a data platform and a real-time pipeline), so
 * experience with a related kind counts for part of an exact match.
 */
enum SystemKind {

    BACK_OFFICE("back-office", Text.of("Transactional back-office system (orders, billing, accounting)",
            "事务型后台系统（订单、计费、财务）"), Text.of("a transactional back office", "事务型后台系统")),
    CUSTOMER_FACING("customer-facing", Text.of("Customer-facing web or mobile product",
            "面向终端客户的网站或移动产品"), Text.of("a customer-facing product", "面向客户的产品")),
    DATA_PLATFORM("data-platform", Text.of("Data platform, analytics or reporting",
            "数据平台、分析或报表系统"), Text.of("a data platform", "数据平台")),
    EMBEDDED_IOT("embedded-iot", Text.of("Embedded, device or IoT software",
            "嵌入式、设备端或物联网软件"), Text.of("embedded or IoT software", "嵌入式或物联网软件")),
    INTEGRATION("integration", Text.of("Integration layer, APIs or middleware",
            "集成层、API 或中间件"), Text.of("an integration layer", "集成层")),
    REAL_TIME("real-time", Text.of("High-volume real-time processing (payments, trading, streaming)",
            "高并发实时处理（支付、交易、流处理）"), Text.of("real-time processing at volume", "高并发实时处理"));

    /** Share of an exact match that experience with a related kind is worth. */
    static final double RELATED = 0.5;

    static final List<Choice> CHOICES = Arrays.stream(values()).map(k -> new Choice(k.value, k.label)).toList();

    private final String value;
    private final Text label;
    private final Text phrase;

    SystemKind(String value, Text label, Text phrase) {
        this.value = value;
        this.label = label;
        this.phrase = phrase;
    }

    /** How the kind is named inside a sentence. */
    Text phrase() {
        return phrase;
    }

    static Optional<SystemKind> of(String value) {
        return Arrays.stream(values()).filter(k -> k.value.equals(value)).findFirst();
    }

    /** The kinds whose experience carries over to this one in large part; the relation is symmetric. */
    Set<SystemKind> related() {
        return switch (this) {
            case BACK_OFFICE -> Set.of(INTEGRATION, CUSTOMER_FACING);
            case CUSTOMER_FACING -> Set.of(BACK_OFFICE);
            case DATA_PLATFORM -> Set.of(INTEGRATION, REAL_TIME);
            case EMBEDDED_IOT -> Set.of(REAL_TIME);
            case INTEGRATION -> Set.of(BACK_OFFICE, DATA_PLATFORM, REAL_TIME);
            case REAL_TIME -> Set.of(DATA_PLATFORM, INTEGRATION, EMBEDDED_IOT);
        };
    }
}
