package org.menkou.admin.web;

import java.util.List;

/**
 * Rows of the CSV files staff open in Excel: RFC 4180 quoting, CRLF line ends; the caller adds the UTF-8 BOM. A cell
 * that starts with =, +, @ or - (a plain number such as {@code -12.50} aside) gets a leading ' so that Excel shows it
 * as text instead of running it as a formula.
 */
public final class CsvRows {
    private CsvRows() {
    }

    /** Appends one row of {@code cells} to {@code sb}. */
    public static void row(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    /** Appends one row of {@code cells} to {@code sb}. */
    public static void row(StringBuilder sb, String... cells) {
        row(sb, java.util.Arrays.asList(cells));
    }

    /** One cell, quoted and defused as the class says; null is an empty cell. */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        boolean number = v.matches("-?\\d+(\\.\\d+)?");
        if (!number && !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
