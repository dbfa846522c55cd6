package org.menkou.admin.settlement;

import org.menkou.admin.web.CsvRows;

/**
 * A month's settlement as CSV (RFC 4180, CRLF) for Excel: a header row, the lines per tier, a totals row, the
 * adjustments, then every served meal and the booked meals not served. Amounts are plain yuan numbers ({@code 12.50}).
 * The caller adds the UTF-8 BOM.
 */
final class SettlementCsv {
    private SettlementCsv() {
    }

    static String write(MonthSettlement m) {
        Statement s = m.statement();
        StringBuilder sb = new StringBuilder();
        CsvRows.row(sb, "食堂", "月份", "补贴档次", "套餐", "原价（元）", "居民价（元）", "份数", "居民付（元）", "街道补贴（元）");
        for (Statement.TierLine l : s.tiers()) {
            CsvRows.row(sb, s.canteenName(), s.month(), l.tierName(), l.setName(), l.baseYuan(), l.priceYuan(),
                    Integer.toString(l.meals()), l.paidYuan(), l.subsidyYuan());
        }
        Statement.Totals t = s.totals();
        CsvRows.row(sb, s.canteenName(), s.month(), "合计", "", "", "", Integer.toString(t.meals()), t.paidYuan(),
                t.subsidyYuan());
        for (SettlementBook.Adjustment a : m.adjustments()) {
            CsvRows.row(sb, s.canteenName(), s.month(), "调整", a.reason(), "", "", "", "", a.amountYuan());
        }
        CsvRows.row(sb, s.canteenName(), s.month(), "应付补贴", m.isClosed() ? "已结账" : "未结账", "", "", "", "", m.payableYuan());
        sb.append("\r\n");
        CsvRows.row(sb, "日期", "餐次", "编号", "套餐", "居民", "补贴档次", "原价（元）", "居民价（元）", "街道补贴（元）", "说明");
        for (Statement.ServedMeal l : s.served()) {
            CsvRows.row(sb, l.date(), l.meal(), Integer.toString(l.number()), l.setName(), l.resident(), l.tierName(),
                    l.baseYuan(), l.priceYuan(), l.subsidyYuan(), l.note());
        }
        sb.append("\r\n");
        CsvRows.row(sb, "订了没取（不补贴）", "餐次", "编号", "套餐", "居民", "补贴档次", "居民价（元）");
        for (Statement.UnservedMeal l : s.unserved()) {
            CsvRows.row(sb, l.date(), l.meal(), Integer.toString(l.number()), l.setName(), l.resident(), l.tierName(),
                    l.priceYuan());
        }
        return sb.toString();
    }
}
