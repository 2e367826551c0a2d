package org.fengqiao.platform.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** The 18-character resident ID number of GB 11643-1999: region, birth date, sequence, ISO 7064 check digit. */
public final class ResidentIdNumber {

    private static final Pattern SHAPE = Pattern.compile("[1-9][0-9]{16}[0-9Xx]");
    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK = "10X98765432";

    private ResidentIdNumber() {
    }

    public static boolean isValid(String id) {
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
        return checkDigit(id.substring(0, 17)) == Character.toUpperCase(id.charAt(17));
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits of an ID number. */
    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }
}
