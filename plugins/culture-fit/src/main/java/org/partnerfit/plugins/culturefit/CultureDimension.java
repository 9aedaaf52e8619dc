package org.partnerfit.plugins.culturefit;

import java.util.List;

import org.partnerfit.spi.Choice;
import org.partnerfit.spi.Question;
import org.partnerfit.spi.Text;

/** One day-to-day dimension of working culture, answered on a 1-to-5 scale between two poles. */
record CultureDimension(String key, Text name, Text label, Text low, Text high) {

    static final CultureDimension COMMUNICATION = new CultureDimension("communication",
            Text.of("everyday communication", "日常沟通"),
            Text.of("How do your people usually reach each other during the day?", "你们的员工白天通常如何相互沟通？"),
            Text.of("Written chat and messages", "文字聊天和消息"),
            Text.of("Video calls or in person", "视频通话或当面交流"));

    static final CultureDimension RECOGNITION = new CultureDimension("recognition",
            Text.of("celebrating success", "庆祝成功"),
            Text.of("When a release or milestone goes well, how is it recognised?", "当一次发布或里程碑顺利完成时，你们如何表示认可？"),
            Text.of("Quietly, inside the team", "在团队内部低调地"),
            Text.of("Openly, in front of the whole organisation", "在整个组织面前公开地"));

    static final CultureDimension MEETINGS = new CultureDimension("meetings",
            Text.of("meeting style", "会议方式"),
            Text.of("Where are most decisions actually made?", "大多数决定实际上是在什么场合做出的？"),
            Text.of("In one-to-one conversations", "一对一的交谈中"),
            Text.of("In large group meetings", "大型集体会议中"));

    static final CultureDimension INCIDENTS = new CultureDimension("incidents",
            Text.of("handling incidents", "处理事故"),
            Text.of("After a production incident, what does the follow-up focus on?", "生产事故发生后，后续工作的重点是什么？"),
            Text.of("The causes in the system, without blame", "系统中的原因，不追究个人"),
            Text.of("Finding who made the mistake", "找出犯错的人"));

    static final CultureDimension PRODUCT = new CultureDimension("product",
            Text.of("product and engineering", "产品与工程"),
            Text.of("How do engineers take part in product decisions?", "工程师如何参与产品决策？"),
            Text.of("They shape them together with product", "与产品人员共同制定"),
            Text.of("They build what product specifies", "按照产品人员的规格进行开发"));

    static final List<CultureDimension> ALL = List.of(COMMUNICATION, RECOGNITION, MEETINGS, INCIDENTS, PRODUCT);

    Question question() {
        return Question.scale(key, label,
                Text.of("1 = " + low.en() + ", 5 = " + high.en(), "1 = " + low.zh() + "，5 = " + high.zh()),
                List.of(new Choice("1", low),
                        new Choice("2", Text.of("Mostly the first", "偏向前者")),
                        new Choice("3", Text.of("Both equally", "两者兼有")),
                        new Choice("4", Text.of("Mostly the second", "偏向后者")),
                        new Choice("5", high)));
    }
}
