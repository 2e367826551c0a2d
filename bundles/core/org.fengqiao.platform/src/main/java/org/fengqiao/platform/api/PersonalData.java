package org.fengqiao.platform.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in text shown to the public (requirement P2): mainland resident ID numbers, mobile phone
 * numbers and the exact house number of an address. The author and staff see the original.
 */
public final class PersonalData {

    /** 18-character resident ID: the region code and the last four characters stay, the birth date goes. */
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])([1-9][0-9]{5})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9A-Za-z])");
    /** Mainland mobile, optionally with +86: the first three and last four digits stay. */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9])((?:\\+?86[- ]?)?1[3-9][0-9])[- ]?[0-9]{4}[- ]?([0-9]{4})(?![0-9])");
    /** House, building, unit and room numbers of a Chinese address: 29号, 3栋, 2单元, 501室. */
    private static final Pattern HOUSE_NUMBER = Pattern.compile("[0-9０-９]+[-－]?[0-9０-９]*(?=\\s*(号楼|号院|号|栋|幢|单元|室|户))");
    /** The same in English: No. 29, Room 501, Flat 3B. */
    private static final Pattern HOUSE_NUMBER_EN = Pattern.compile("(?i)\\b(No\\.?|Room|Flat|Apt\\.?|Unit)\\s*[0-9]+[A-Za-z]?\\b");

    private PersonalData() {
    }

    public static String mask(String text) {
        if (text == null || !hasDigit(text)) {
            // every pattern needs a digit: most titles and replies have none, and cost no regular expression
            return text;
        }
        String masked = ID_NUMBER.matcher(text).replaceAll("$1********$2");
        masked = MOBILE.matcher(masked).replaceAll("$1****$2");
        masked = HOUSE_NUMBER.matcher(masked).replaceAll("**");
        Matcher en = HOUSE_NUMBER_EN.matcher(masked);
        return en.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + " **"));
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                return true;
            }
        }
        return false;
    }
}
