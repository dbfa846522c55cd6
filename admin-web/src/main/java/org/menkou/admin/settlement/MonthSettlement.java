package org.menkou.admin.settlement;

import java.util.List;

/**
 * What the statement page and the CSV show of one canteen's month: the statement (frozen when closed), the
 * adjustments, and what the street pays in all.
 *
 * @param closed      the close, or null while the month is open (the statement is then computed afresh)
 * @param mayClose    true when the month is over and not closed yet
 */
public record MonthSettlement(Statement statement, SettlementBook.Closed closed, List<SettlementBook.Adjustment> adjustments,
                              boolean mayClose) {
    public MonthSettlement {
        adjustments = List.copyOf(adjustments);
    }

    public long adjustmentFen() {
        return adjustments.stream().mapToLong(SettlementBook.Adjustment::amountFen).sum();
    }

    /** The subsidy the street pays: the served meals' subsidy plus the adjustments. */
    public long payableFen() {
        return statement.totals().subsidyFen() + adjustmentFen();
    }

    public String adjustmentYuan() {
        return Money.yuan(adjustmentFen());
    }

    public String payableYuan() {
        return Money.yuan(payableFen());
    }

    public boolean isClosed() {
        return closed != null;
    }
}
