package org.fengqiao.board.firesafety.internal;

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

/** Fire safety (消防): hazards, inspections and questions. */
@Component(service = Board.class, property = Board.ID_PROPERTY + "=" + FireSafetyBoard.ID)
public class FireSafetyBoard extends SimpleBoard {

    static final String ID = "firesafety";

    private static final List<Category> CATEGORIES = List.of(
            Category.of("hazard", "火灾隐患举报", "Fire hazard", ofHours(2), ofDays(3),
                    IntakeField.string("location", "地点", "Where", true),
                    IntakeField.multiValue("hazards", "隐患类型", "Hazards", true,
                            of("blocked_exit", "堵塞安全出口", "Blocked exit"),
                            of("blocked_lane", "占用消防通道", "Blocked fire lane"),
                            of("no_extinguisher", "灭火器缺失", "Missing extinguishers"),
                            of("illegal_wiring", "私拉乱接电线", "Illegal wiring"),
                            of("ebike_indoors", "电动车楼道充电", "E-bikes charged indoors"),
                            of("flammables", "违规存放易燃物", "Stored flammables"))),
            Category.of("inspection", "消防检查申请", "Request a fire inspection", ofHours(24), ofDays(10),
                    IntakeField.singleValue("venue_kind", "场所类型", "Kind of venue", true,
                            of("restaurant", "餐饮", "Restaurant"), of("hotel", "宾馆", "Hotel"),
                            of("entertainment", "娱乐场所", "Entertainment"), of("warehouse", "仓库", "Warehouse"),
                            of("shop", "商铺", "Shop")),
                    IntakeField.number("floor_area", "建筑面积（平方米）", "Floor area (m²)", true)),
            Category.of("knowledge", "消防知识咨询", "Fire-safety questions", ofHours(24), ofDays(3)));

    public FireSafetyBoard() {
        super(ID, LocalizedText.of("消防", "Fire safety"),
                LocalizedText.of("火灾隐患举报、消防检查申请与消防知识咨询",
                "Report fire hazards, request inspections, ask about fire safety"),
                CATEGORIES, List.of());
    }
}
