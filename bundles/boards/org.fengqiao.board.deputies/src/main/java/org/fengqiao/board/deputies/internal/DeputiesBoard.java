package org.fengqiao.board.deputies.internal;

import static java.time.Duration.ofDays;
import static org.fengqiao.board.api.AllowedValue.of;

import java.util.List;
import java.util.Set;

import org.fengqiao.board.api.Board;
import org.fengqiao.board.api.Category;
import org.fengqiao.board.api.IntakeField;
import org.fengqiao.board.api.LocalizedText;
import org.fengqiao.board.api.SimpleBoard;
import org.osgi.service.component.annotations.Component;

/** People's deputies (代表委员): deputies and political advisers answer and take up citizens' suggestions. */
@Component(service = Board.class, property = Board.ID_PROPERTY + "=" + DeputiesBoard.ID)
public class DeputiesBoard extends SimpleBoard {

    static final String ID = "deputies";

    private static final List<IntakeField> FIELDS = List.of(
            IntakeField.singleValue("scope", "涉及范围", "Scope", true,
                    of("community", "本社区", "My community"), of("district", "本区", "My district"),
                    of("city", "全市", "The whole city")));

    private static final List<Category> CATEGORIES = List.of(
            Category.of("livelihood", "民生保障", "Livelihood", ofDays(2), ofDays(15)),
            Category.of("urban_management", "城市管理", "Urban management", ofDays(2), ofDays(15)),
            Category.of("education", "教育", "Education", ofDays(2), ofDays(15)),
            Category.of("medical", "医疗卫生", "Health care", ofDays(2), ofDays(15)),
            Category.of("environment", "生态环境", "Environment", ofDays(2), ofDays(15)),
            Category.of("suggestion", "意见建议", "Suggestions for the government", ofDays(3), ofDays(30)));

    public DeputiesBoard() {
        super(ID, LocalizedText.of("代表委员", "People's deputies"),
                LocalizedText.of("人大代表、政协委员倾听民意，回应民生问题与意见建议",
                "Deputies of the people's congress and political advisers answer and take up suggestions"),
                CATEGORIES, FIELDS);
    }

    @Override
    public Set<String> answeringRoles() {
        return Set.of("deputy");
    }

}
