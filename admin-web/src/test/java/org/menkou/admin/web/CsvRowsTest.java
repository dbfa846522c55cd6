package org.menkou.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {
    @Test
    void formulasAreDefusedAndNumbersStayNumbers() {
        assertThat(CsvRows.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvRows.cell("+1")).isEqualTo("'+1");
        assertThat(CsvRows.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvRows.cell("-A1")).isEqualTo("'-A1");
        assertThat(CsvRows.cell("-12.50")).as("a negative amount is a number").isEqualTo("-12.50");
        assertThat(CsvRows.cell("12")).isEqualTo("12");
        assertThat(CsvRows.cell(null)).isEmpty();
    }

    @Test
    void rowsAreQuotedAsRfc4180SaysWithCrlf() {
        StringBuilder sb = new StringBuilder();
        CsvRows.row(sb, List.of("梧桐长者食堂", "a,b", "line\nbreak"));
        CsvRows.row(sb, "x", "y");
        assertThat(sb).hasToString("梧桐长者食堂,\"a,b\",\"line\nbreak\"\r\nx,y\r\n");
    }
}
