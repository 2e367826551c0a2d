package org.fengqiao.board.livelihood.internal;

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

/**
 * Livelihood requests (民生诉求, P8): water, heating, pensions, medical care, old housing estates, noise, illegal
 * building. Accepted here in one place, then classified and dispatched to the government department that owns
 * them; the 12345 hotline files its calls here too.
 */
@Component(service = Board.class, property = Board.ID_PROPERTY + "=" + LivelihoodBoard.ID)
public class LivelihoodBoard extends SimpleBoard {

    static final String ID = "livelihood";

    private static final List<IntakeField> FIELDS = List.of(
            IntakeField.string("address", "地址", "Address", true),
            IntakeField.singleValue("petition", "是否信访", "Petition", false,
                    of("yes", "是（信访件）", "Yes, a petition"), of("no", "否", "No")));

    private static final List<Category> CATEGORIES = List.of(
            Category.of("water_supply", "供水", "Water supply", ofHours(4), ofDays(3),
                    IntakeField.singleValue("water_problem", "问题", "Problem", false,
                            of("outage", "停水", "No water"), of("low_pressure", "水压低", "Low pressure"),
                            of("quality", "水质问题", "Water quality"), of("leak", "管道漏水", "Leaking pipe"))),
            Category.of("heating", "供暖", "Heating", ofHours(4), ofDays(2),
                    IntakeField.number("indoor_temperature", "室内温度（℃）", "Indoor temperature (°C)", false)),
            Category.of("social_security", "养老与社保", "Pensions and social security", ofDays(1), ofDays(10)),
            Category.of("medical", "医疗卫生", "Medical care", ofDays(1), ofDays(7)),
            Category.of("housing", "老旧小区与物业", "Old housing estates and property management", ofDays(1),
                    ofDays(15)),
            Category.of("noise", "噪音扰民", "Noise (e.g. square dancing)", ofHours(12), ofDays(3)),
            Category.of("illegal_building", "违章建筑", "Illegal building", ofDays(1), ofDays(15)),
            Category.of("other", "其他民生问题", "Other livelihood matters", ofDays(1), ofDays(10)));

    public LivelihoodBoard() {
        super(ID, LocalizedText.of("民生诉求", "Livelihood requests"),
                LocalizedText.of("供水、供暖、养老社保、医疗、老旧小区、噪音、违建等民生问题，统一受理、分类处置、部门联动、限时办理、及时反馈",
                        "Water, heating, pensions, medical care, old estates, noise, illegal building: accepted in one"
                                + " place, classified, dispatched to the responsible department, handled on time, "
                                + "answered"),
                CATEGORIES, FIELDS);
    }
}
