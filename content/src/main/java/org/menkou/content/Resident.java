package org.menkou.content;

import java.time.Year;
import java.util.regex.Pattern;

/**
 * A registered resident (居民). The id is opaque: it never carries a national ID number. The full name stays with
 * the server; kiosks and screens only ever show {@link #maskedName()}.
 */
public record Resident(String id, String name, int birthYear, String tierCode, String homeStationId) {
    private static final Pattern NATIONAL_ID = Pattern.compile(".*\\d{15}.*|.*\\d{17}[0-9xX].*");

    public Resident {
        id = Text.slug("id", id);
        if (NATIONAL_ID.matcher(id).matches()) {
            throw new InvalidContentException("id", "编号不能用身份证号 (an id must not be a national ID number)");
        }
        name = Text.requiredLine("name", name, 20);
        int thisYear = Year.now().getValue();
        if (birthYear < 1900 || birthYear > thisYear) {
            throw new InvalidContentException("birthYear", "出生年份要在 1900 到 " + thisYear + " 之间 (must be 1900-" + thisYear + ")");
        }
        tierCode = SubsidyTier.requireCode("tierCode", tierCode);
        homeStationId = Text.slug("homeStationId", homeStationId);
    }

    /** The name as shown on screens: first and last character kept, the middle masked (张*英, 李*). */
    public String maskedName() {
        return maskName(name);
    }

    /** Masks a name: 张桂英 → 张*英, 李明 → 李*, a single character stays as it is. */
    public static String maskName(String fullName) {
        int[] cps = fullName.codePoints().toArray();
        if (cps.length <= 1) {
            return fullName;
        }
        StringBuilder sb = new StringBuilder().appendCodePoint(cps[0]);
        if (cps.length == 2) {
            return sb.append('*').toString();
        }
        sb.append("*".repeat(cps.length - 2));
        return sb.appendCodePoint(cps[cps.length - 1]).toString();
    }
}
