package org.menkou.content.card;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verification time per card with the JDK's Ed25519: a genuine card, a forged one (well-formed, bad signature: the
 * full cost of a signature check) and a foreign code (rejected before any cryptography). Prints medians in µs.
 * Run with {@code mvn -B -q -Pbench test -pl content,hardware}.
 */
@Tag("benchmark")
class CardVerifyBenchmark {
    static final int WARMUP = 3_000;
    static final int RUNS = 5_000;

    @TempDir
    Path dir;

    @Test
    void verificationTimePerCard() {
        CardFixture fixture = new CardFixture(dir);
        String genuine = fixture.issuer().issue(CardFixture.ZHANG.id()).payload();
        String forged = genuine.substring(0, genuine.length() - 5) + "00000";
        CardVerifier verifier = fixture.verifierOn(CardFixture.TODAY);
        StringBuilder table = new StringBuilder("| input | kind | median µs | p90 µs |\n|---|---|---|---|\n");
        table.append(row("genuine card", () -> verifier.check(genuine)));
        table.append(row("forged card (bad signature)", () -> verifier.check(forged)));
        table.append(row("foreign code (URL)", () -> verifier.check("https://example.org/pay?id=4711")));
        System.out.println(table);
    }

    private static String row(String what, Supplier<CardCheck> check) {
        CardKind kind = null;
        for (int i = 0; i < WARMUP; i++) {
            kind = check.get().kind();
        }
        double[] us = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            check.get();
            us[i] = (System.nanoTime() - t0) / 1e3;
        }
        Arrays.sort(us);
        return String.format("| %s | %s | %.1f | %.1f |%n", what, kind.label(), us[RUNS / 2], us[RUNS * 9 / 10]);
    }
}
