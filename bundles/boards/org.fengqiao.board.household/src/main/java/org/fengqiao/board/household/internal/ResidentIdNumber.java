package org.fengqiao.board.household.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** The 18-character resident ID number of GB 11643-1999: region, birth date, sequence, ISO 7064 check digit. */
final class ResidentIdNumber {

    private static final Pattern SHAPE = Pattern.compile("[1-9][0-9]{16}[0-9Xx]");
    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK = "10X98765432";

    private ResidentIdNumber() {
    }

    static boolean isValid(String id) {
        if (!SHAPE.matcher(id).matches()) {
            return false;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            if (birth.isAfter(LocalDate.now()) || birth.getYear() < 1890) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11) == Character.toUpperCase(id.charAt(17));
    }
}
