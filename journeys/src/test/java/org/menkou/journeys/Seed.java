package org.menkou.journeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts a member of staff can read in the demo content the checkout ships (content's seed files): a resident's
 * subsidy tier and a set menu's price for it. Read as text, not through the application's classes.
 */
final class Seed {
    private static final Path DIR = Checkout.ROOT.resolve("content/src/main/resources/org/menkou/content/seed");

    private Seed() {
    }

    /** The tier code of resident {@code id}, e.g. "AGE80". */
    static String tierOf(String residentId) throws IOException {
        return find("residents.yaml", "- id: " + Pattern.quote(residentId) + "\\s*\\n(?:\\s+\\w+:.*\\n)*?\\s+tier: (\\w+)");
    }

    /** The tier's name as residents see it, e.g. "80岁以上". */
    static String tierName(String tierCode) throws IOException {
        return find("menus.yaml", "\\{code: " + Pattern.quote(tierCode) + ", name: ([^}]+)}").strip();
    }

    /** The price in yuan as the kiosk says it ("10" for "10.00") of set {@code code} at the demo canteen for a tier. */
    static String priceYuan(String setCode, String tierCode) throws IOException {
        String price = find("menus.yaml", "\\{code: " + Pattern.quote(setCode) + ", name: [^,]+, basePrice: \"[^\"]+\", prices: \\{[^}]*"
                + Pattern.quote(tierCode) + ": \"([0-9.]+)\"");
        return price.replaceAll("\\.00$", "").replaceAll("(\\.\\d)0$", "$1");
    }

    /** The price in fen of set {@code code} at the demo canteen for a tier (1000 for "10.00"). */
    static int priceFen(String setCode, String tierCode) throws IOException {
        return fen(find("menus.yaml", "\\{code: " + Pattern.quote(setCode) + ", name: [^,]+, basePrice: \"[^\"]+\", prices: \\{[^}]*"
                + Pattern.quote(tierCode) + ": \"([0-9.]+)\""));
    }

    /** The full price in fen of set {@code code} at the demo canteen, what a walk-in pays. */
    static int basePriceFen(String setCode) throws IOException {
        return fen(find("menus.yaml", "\\{code: " + Pattern.quote(setCode) + ", name: [^,]+, basePrice: \"([0-9.]+)\""));
    }

    private static int fen(String yuan) {
        return new java.math.BigDecimal(yuan).movePointRight(2).intValueExact();
    }

    private static String find(String file, String regex) throws IOException {
        String text = Files.readString(DIR.resolve(file), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("the seed file " + file + " has nothing matching " + regex);
        }
        return m.group(1);
    }
}
