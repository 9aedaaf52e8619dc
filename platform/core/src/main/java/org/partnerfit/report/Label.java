package org.partnerfit.report;

import java.util.Locale;

import org.partnerfit.assessment.domain.AssessmentStatus;
import org.partnerfit.assessment.domain.Recommendation;
import org.partnerfit.spi.Text;

/**
 * The words the exports print around the data. Kept here rather than in the web module's bundle
 * because core cannot see it, and an export has to read the same wherever it is made.
 */
enum Label {
    RESULTS("Results", "结果"),
    DECISION_REPORT("Decision report", "决策报告"),
    RANK("Rank", "排名"),
    FIRM("Partner firm", "合作伙伴"),
    TOTAL("Weighted total", "加权总分"),
    CONFIDENCE("Confidence", "置信度"),
    RECOMMENDATION("Recommendation", "推荐结论"),
    OVERRIDDEN("overridden", "已调整"),
    OVERRIDDEN_LEGEND("Values in italics were overridden by an assessor.", "斜体分值已由评估人调整。"),
    NOT_SCORED("not scored", "未评分"),
    STATUS("Status", "状态"),
    DUE("Due", "截止日期"),
    GENERATED("Generated", "生成日期"),
    WEIGHTS("Weights", "权重"),
    WHAT_IF("What-if weights; the assessment's own in brackets", "假设权重；括号内为评估原设权重"),
    RANKING("Ranking", "排名"),
    CRITERION("Criterion", "评估标准"),
    WEIGHT("Weight", "权重"),
    OVERRIDE("Override", "人工调整"),
    COMPUTED("computed", "计算值"),
    BY("by", "调整人"),
    RATIONALE("Rationale", "评分依据"),
    RED_FLAGS("Red flags", "风险提示"),
    NOTE("Note", "备注"),
    DECIDED_BY("Decided by", "决定人"),
    RECOMMENDED("Recommended", "推荐"),
    RESERVE("Reserve", "备选"),
    NOT_RECOMMENDED("Not recommended", "不推荐"),
    DRAFT("Draft", "草稿"),
    OPEN("Open", "进行中"),
    IN_REVIEW("In review", "审核中"),
    DECIDED("Decided", "已决定"),
    ARCHIVED("Archived", "已归档");

    private final Text text;

    Label(String en, String zh) {
        this.text = Text.of(en, zh);
    }

    String in(Locale locale) {
        return text.in(locale);
    }

    /** The recommendation's words, or "" while the assessors have not decided. */
    static String of(Recommendation recommendation, Locale locale) {
        return recommendation == null ? "" : valueOf(recommendation.name()).in(locale);
    }

    static String of(AssessmentStatus status, Locale locale) {
        return status == null ? "" : valueOf(status.name()).in(locale);
    }
}
