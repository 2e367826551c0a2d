package org.fengqiao.captain.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.fengqiao.platform.api.Problem;
import org.fengqiao.platform.api.Problems;
import org.junit.jupiter.api.Test;

class AddressCsvTest {

    private static List<AddressCsv.Row> parse(String csv, Problems problems) {
        return AddressCsv.parse(new StringReader(csv), problems);
    }

    @Test
    void readsEveryLevelWithUnitAndHousing() {
        Problems problems = new Problems();
        List<AddressCsv.Row> rows = parse("""
                level,code,parent,name,unit,housing
                district,d1,,昆都仑区,,
                community,c1,s1,少先路社区,shaoxian-community,
                door,x-101,e1,"101室",,rented
                """, problems);
        assertTrue(problems.isEmpty(), problems.list().toString());
        assertEquals(3, rows.size());
        assertEquals(AddressLevel.DISTRICT, rows.get(0).level());
        assertEquals(null, rows.get(0).parent());
        assertEquals("shaoxian-community", rows.get(1).unit());
        assertEquals("rented", rows.get(2).housing());
        assertEquals(4, rows.get(2).line());
    }

    @Test
    void namesEveryProblemWithItsLine() {
        Problems problems = new Problems();
        parse("""
                level,code,parent,name
                street,a,,x
                district,b c,,y
                building,b1,,z
                door,d1,e1,
                """, problems);
        List<String> codes = problems.list().stream().map(p -> p.field() + ":" + p.code()).toList();
        assertEquals(List.of("line.2:unknown_level", "line.3:invalid_code", "line.4:invalid_parent",
                "line.5:invalid_name"), codes);
    }

    @Test
    void unitsBelongToCommunitiesAndHousingToDoors() {
        Problems problems = new Problems();
        parse("""
                level,code,parent,name,unit,housing
                building,b1,x,1栋,shaoxian-community,
                door,d1,e1,101室,,palace
                """, problems);
        assertEquals(List.of("unexpected_unit", "invalid_housing"),
                problems.list().stream().map(Problem::code).toList());
    }

    @Test
    void refusesAFileWithoutTheHeader() {
        Problems problems = new Problems();
        parse("district,d1,x,昆都仑区\n", problems);
        assertEquals("invalid_header", problems.list().get(0).code());
    }
}
