package org.menkou.admin.meals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.menkou.admin.web.CsvRows;

/** The daily sheet as CSV (RFC 4180, CRLF); the caller adds the UTF-8 BOM so Excel reads the Chinese right. */
final class SheetCsv {
    /** The warning on a delivery with no address on file. */
    static final String MISSING_ADDRESS = "缺少送餐地址，送餐前请联系居民补上";

    private SheetCsv() {
    }

    static String write(DailySheet sheet) {
        StringBuilder sb = new StringBuilder();
        CsvRows.row(sb, List.of("食堂", "日期", "餐次", "编号", "套餐", "居民", "堂吃/送餐", "送餐站点", "地址", "价格（元）", "代订",
                "提醒"));
        for (DailySheet.MealCounts m : sheet.meals()) {
            for (DailySheet.SheetLine l : m.all()) {
                CsvRows.row(sb, List.of(sheet.canteenName(), sheet.date().toString(), m.meal().label(),
                        Integer.toString(l.number()), l.setName(), l.name(), l.delivery() ? "送餐" : "堂吃",
                        l.delivery() ? l.stationName() : "", l.address(), yuan(l.priceFen()), l.proxy() ? "是" : "",
                        l.addressMissing() ? MISSING_ADDRESS : ""));
            }
        }
        sb.append("\r\n");
        CsvRows.row(sb, List.of("餐次", "套餐", "份数"));
        for (DailySheet.MealCounts m : sheet.meals()) {
            for (Map.Entry<String, Integer> e : m.perSet().entrySet()) {
                CsvRows.row(sb, List.of(m.meal().label(), m.setNames().get(e.getKey()), e.getValue().toString()));
            }
            CsvRows.row(sb, List.of(m.meal().label(), "堂吃", Integer.toString(m.dineIn())));
            CsvRows.row(sb, List.of(m.meal().label(), "送餐", Integer.toString(m.delivery())));
        }
        return sb.toString();
    }

    /** A price in fen as a plain number of yuan with two decimals (1250 → 12.50), which spreadsheets read as a number. */
    static String yuan(int fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
