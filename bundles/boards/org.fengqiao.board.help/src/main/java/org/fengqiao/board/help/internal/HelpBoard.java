package org.fengqiao.board.help.internal;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.fengqiao.board.api.AllowedValue.of;

import java.util.List;
import java.util.Set;

import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.Category;
import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.board.api.SimpleBoard;
import org.fengqiao.board.api.Submission;
import org.fengqiao.platform.api.Problem;
import org.osgi.service.component.annotations.Component;

/** Help requests (求助): missing people, urgent medical help, lost property, travel in extreme weather. */
@Component(service = Board.class, property = Board.ID_PROPERTY + "=" + HelpBoard.ID)
public class HelpBoard extends SimpleBoard {

    static final String ID = "help";

    private static final List<IntakeField> FIELDS = List.of(
            IntakeField.string("location", "地点", "Where", true));

    private static final List<Category> CATEGORIES = List.of(
            Category.of("missing_person", "走失人员", "Missing person", ofMinutes(30), ofDays(3),
                    IntakeField.string("person_name", "走失者姓名", "Name of the missing person", true),
                    IntakeField.number("age", "年龄", "Age", true),
                    IntakeField.datetime("last_seen_at", "最后见到时间", "Last seen", true),
                    IntakeField.text("appearance", "体貌衣着", "Appearance and clothing", true),
                    IntakeField.singleValue("condition", "特殊情况", "Condition", false,
                            of("dementia", "认知障碍", "Dementia"), of("child", "未成年", "Child"),
                            of("disability", "残障", "Disability"), of("none", "无", "None")),
                    IntakeField.multiValue("steps_taken", "已采取的措施", "What has been done", false,
                            of("searched_nearby", "已在附近寻找", "Searched nearby"),
                            of("asked_relatives", "已联系亲友", "Asked relatives and friends"),
                            of("posted_online", "已网上发布", "Posted online"),
                            of("called_110", "已拨打110", "Called 110"))),
            Category.of("urgent_medical", "急病求医", "Urgent medical help", ofMinutes(15), ofDays(1)),
            Category.of("lost_property", "失物招领", "Lost property", ofHours(12), ofDays(7),
                    IntakeField.singleValue("item_kind", "物品类别", "Kind of item", true,
                            of("id_document", "证件", "ID document"), of("phone", "手机", "Phone"),
                            of("wallet", "钱包", "Wallet"), of("bag", "包", "Bag"), of("keys", "钥匙", "Keys"),
                            of("pet", "宠物", "Pet"), of("other", "其他", "Other")),
                    IntakeField.datetime("lost_at", "丢失时间", "When it was lost", false)),
            Category.of("extreme_weather_travel", "恶劣天气出行", "Travel in extreme weather", ofMinutes(30),
                    ofDays(1),
                    IntakeField.singleValue("weather", "天气", "Weather", true,
                            of("blizzard", "暴雪", "Blizzard"), of("sandstorm", "沙尘暴", "Sandstorm"),
                            of("ice", "道路结冰", "Ice"), of("flood", "暴雨积水", "Flooding"))));

    public HelpBoard() {
        super(ID, LocalizedText.of("求助", "Help requests"),
                LocalizedText.of("走失寻人、急病求医、失物招领、恶劣天气出行求助；其他网友也可以回帖帮忙",
                "Missing people, urgent medical help, lost property, extreme weather; other citizens can reply to help"),
                CATEGORIES, FIELDS);
    }

    @Override
    public Set<String> emergencyCategories() {
        return Set.of("missing_person", "urgent_medical");
    }

    @Override
    public List<Problem> validate(Submission submission) {
        return submission.notInFuture("last_seen_at", "lost_at");
    }

    @Override
    public boolean citizensMayReply() {
        return true;
    }

}
