package org.menkou.admin.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which kiosks a release's stage includes: the test station, a stable percentage of the rest, or all. */
class ReleaseAssignmentTest {
    private static Release at(ReleaseStage stage, int percent) {
        return new Release("2.0", "ab", 1, "sig", Instant.EPOCH, "boss", stage, percent, "wt-station-1");
    }

    @Test
    void testStageIncludesOnlyTheTestStation() {
        Release r = at(ReleaseStage.TEST, 0);
        assertThat(r.includes("k-any", "wt-station-1")).isTrue();
        assertThat(r.includes("k-any", "wt-station-2")).isFalse();
    }

    @Test
    void percentStageIncludesTheTestStationAndAStableShareThatGrowsWithThePercentage() {
        List<String> fleet = IntStream.range(0, 2000).mapToObj(i -> "k-" + Integer.toHexString(i * 7919)).toList();
        long atTwenty = fleet.stream().filter(k -> at(ReleaseStage.PERCENT, 20).includes(k, "wt-station-2")).count();
        assertThat(atTwenty).isBetween(320L, 480L);
        for (String k : fleet) {
            assertThat(Release.bucket(k)).isBetween(0, 99).isEqualTo(Release.bucket(k));
            if (at(ReleaseStage.PERCENT, 20).includes(k, "wt-station-2")) {
                assertThat(at(ReleaseStage.PERCENT, 50).includes(k, "wt-station-2")).as(k).isTrue();
            }
        }
        assertThat(fleet).allMatch(k -> at(ReleaseStage.PERCENT, 0).includes(k, "wt-station-1"));
        assertThat(fleet).noneMatch(k -> at(ReleaseStage.PERCENT, 0).includes(k, "wt-station-2"));
        assertThat(fleet).allMatch(k -> at(ReleaseStage.PERCENT, 100).includes(k, "wt-station-2"));
    }

    @Test
    void allStageIncludesEveryKiosk() {
        assertThat(at(ReleaseStage.ALL, 0).includes("k-any", "wt-station-9")).isTrue();
    }
}
