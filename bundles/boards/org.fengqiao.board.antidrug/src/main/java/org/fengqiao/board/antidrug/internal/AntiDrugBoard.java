package org.fengqiao.board.antidrug.internal;

import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static org.fengqiao.board.api.AllowedValue.of;

import java.util.List;

import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.Category;
import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.board.api.SimpleBoard;
import org.osgi.service.component.annotations.Component;

/** Anti-drug education (禁毒宣传): talks for schools and workplaces, rehabilitation and knowledge questions. */
@Component(service = Board.class, property = Board.ID_PROPERTY + "=" + AntiDrugBoard.ID)
public class AntiDrugBoard extends SimpleBoard {

    static final String ID = "antidrug";

    private static final List<Category> CATEGORIES = List.of(
            Category.of("education_talk", "禁毒宣讲预约", "Book an anti-drug talk", ofHours(24), ofDays(10),
                    IntakeField.string("organisation", "单位名称", "School or workplace", true),
                    IntakeField.singleValue("audience", "听众", "Audience", true,
                            of("primary_school", "小学生", "Primary pupils"),
                            of("secondary_school", "中学生", "Secondary pupils"),
                            of("university", "大学生", "Students"), of("workplace", "职工", "Employees"),
                            of("community", "社区居民", "Residents")),
                    IntakeField.number("audience_size", "人数", "Audience size", true),
                    IntakeField.datetime("preferred_time", "希望时间", "Preferred time", false)),
            Category.of("rehabilitation", "戒毒康复咨询", "Rehabilitation questions", ofHours(12), ofDays(3)),
            Category.of("knowledge", "禁毒知识问答", "Questions about drugs and the law", ofHours(24), ofDays(3)),
            Category.of("new_drugs", "新型毒品识别", "Recognising new kinds of drugs", ofHours(24), ofDays(3),
                    IntakeField.multiValue("seen_forms", "见到的形态", "Forms seen", false,
                            of("candy", "糖果", "Candy"), of("drink", "饮料", "Drink"),
                            of("e_cigarette", "电子烟油", "E-cigarette liquid"),
                            of("stamp", "邮票", "Stamp"), of("powder", "粉末", "Powder"))));

    public AntiDrugBoard() {
        super(ID, LocalizedText.of("禁毒宣传", "Anti-drug education"),
                LocalizedText.of("禁毒宣讲预约、戒毒康复与禁毒知识咨询；涉毒线索请到“随手举报”",
                "Anti-drug talks, rehabilitation and knowledge; report drug crimes on the tip-off board"),
                CATEGORIES, List.of());
    }
}
