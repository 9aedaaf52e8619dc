package org.partnerfit.plugins.technicalexperience;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.partnerfit.spi.Choice;
import org.partnerfit.spi.Text;

/** The technologies a client runs and a partner may have shipped: the same choices on both sides. */
final class Technologies {

    static final List<Choice> ALL = List.of(
            new Choice("java", Text.of("Java and the JVM (Kotlin, Scala)", "Java 及 JVM 语言（Kotlin、Scala）")),
            new Choice("dotnet", Text.of(".NET and C#", ".NET 平台与 C#")),
            new Choice("web-frontend", Text.of("JavaScript / TypeScript front ends (React, Angular, Vue)",
                    "JavaScript / TypeScript 前端（React、Angular、Vue）")),
            new Choice("nodejs", Text.of("Node.js back ends", "Node.js 后端")),
            new Choice("python", Text.of("Python", "Python 语言")),
            new Choice("go", Text.of("Go", "Go 语言")),
            new Choice("ios", Text.of("Native iOS apps", "原生 iOS 应用")),
            new Choice("android", Text.of("Native Android apps", "原生 Android 应用")),
            new Choice("cross-mobile", Text.of("Cross-platform mobile (Flutter, React Native)",
                    "跨平台移动开发（Flutter、React Native）")),
            new Choice("aws", Text.of("Amazon Web Services", "亚马逊云服务（AWS）")),
            new Choice("azure", Text.of("Microsoft Azure", "微软 Azure 云")),
            new Choice("gcp", Text.of("Google Cloud", "谷歌云（GCP）")),
            new Choice("kubernetes", Text.of("Kubernetes and containers", "Kubernetes 与容器")),
            new Choice("relational-db", Text.of("Relational databases (PostgreSQL, Oracle, SQL Server)",
                    "关系型数据库（PostgreSQL、Oracle、SQL Server）")),
            new Choice("data-ml", Text.of("Data engineering and machine learning", "数据工程与机器学习")));

    private static final Map<String, Text> LABELS = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Choice::value, Choice::label));

    private Technologies() {
    }

    /** The known technologies among {@code values}, in the order given, each once; anything else is dropped. */
    static Set<String> known(List<String> values) {
        Set<String> known = new LinkedHashSet<>();
        values.stream().filter(LABELS::containsKey).forEach(known::add);
        return known;
    }

    /** The labels of {@code values}, joined for a sentence in one language. */
    static Text names(Set<String> values) {
        return Text.of(
                String.join(", ", values.stream().map(v -> LABELS.get(v).en()).toList()),
                String.join("、", values.stream().map(v -> LABELS.get(v).zh()).toList()));
    }
}
