package org.fengqiao.captain.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fengqiao.platform.api.Problems;

/**
 * An address list in CSV, as cities keep them: a header line, then one address per line, parents before children:
 * {@code level,code,parent,name,unit,housing}. {@code unit} (the organisation unit of a community) and
 * {@code housing} (of a door) may be empty.
 */
final class AddressCsv {

    record Row(int line, AddressLevel level, String code, String parent, String name, String unit, String housing) {
    }

    static final List<String> HEADER = List.of("level", "code", "parent", "name", "unit", "housing");
    static final Set<String> HOUSING = Set.of("owner_occupied", "rented", "vacant");
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final int MAX_ROWS = 200_000;

    private AddressCsv() {
    }

    /** The rows of {@code csv}; every problem is added to {@code problems} with its line, as {@code line.<n>}. */
    static List<Row> parse(Reader csv, Problems problems) {
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            if (!parser.getHeaderNames().containsAll(HEADER.subList(0, 4))) {
                problems.add("header", "invalid_header", "the first line must name the columns " + HEADER
                        + " (unit and housing may be left out)");
                return rows;
            }
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    problems.add("file", "too_many_rows", "at most " + MAX_ROWS + " addresses per import");
                    break;
                }
                Row row = row(record, problems);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add("file", "invalid_csv", "not a CSV file: " + e.getMessage());
        }
        return rows;
    }

    private static Row row(CSVRecord record, Problems problems) {
        int line = (int) record.getRecordNumber() + 1;
        String at = "line." + line;
        String levelCode = value(record, "level");
        AddressLevel level = levelCode == null ? null : AddressLevel.fromCode(levelCode).orElse(null);
        if (level == null) {
            problems.add(at, "unknown_level", "line " + line + ": level '" + levelCode + "' is not one of district,"
                    + " subdistrict, community, compound, building, entrance, door");
        }
        String code = value(record, "code");
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(at, "invalid_code", "line " + line + ": code '" + code + "' must be 1-64 letters, digits, "
                    + "'.', '_' or '-'");
        }
        String parent = value(record, "parent");
        if (level != null && (level == AddressLevel.DISTRICT) != (parent == null)) {
            problems.add(at, "invalid_parent", "line " + line + ": a district has no parent, every other level has one");
        }
        String name = value(record, "name");
        if (name == null || name.length() > 100) {
            problems.add(at, "invalid_name", "line " + line + ": a name of 1-100 characters is required");
        }
        String unit = value(record, "unit");
        if (unit != null && level != AddressLevel.COMMUNITY) {
            problems.add(at, "unexpected_unit", "line " + line + ": only a community names its organisation unit");
        }
        String housing = value(record, "housing");
        if (housing != null && (level != AddressLevel.DOOR || !HOUSING.contains(housing))) {
            problems.add(at, "invalid_housing", "line " + line + ": housing is given for doors only, one of " + HOUSING);
        }
        return level == null || code == null || name == null ? null
                : new Row(line, level, code, parent, name, unit, housing);
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
