package org.menkou.voice.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.menkou.voice.Speech;
import org.menkou.voice.SpeechRequest;
import org.menkou.voice.SpeechSynthesizer;
import org.menkou.voice.silent.SilentSynthesizer;

class PromptCacheTest {
    private final AtomicInteger calls = new AtomicInteger();
    private final SpeechSynthesizer counting = new SpeechSynthesizer() {
        @Override
        public String id() {
            return "counting";
        }

        @Override
        public Speech synthesize(SpeechRequest request) {
            calls.incrementAndGet();
            return new SilentSynthesizer().synthesize(request);
        }
    };

    private static SpeechRequest request(String text, double volume) {
        return new SpeechRequest(text, Locale.CHINA, 1.0, volume);
    }

    @Test
    void servesRepeatsFromTheCacheAndKeysOnTheWholeRequest() throws Exception {
        try (PromptCache cache = new PromptCache(counting, 1 << 20)) {
            Speech first = cache.synthesize(request("请选择", 0.7));
            Speech again = cache.synthesize(request("请选择", 0.7));
            cache.synthesize(request("请选择", 0.9));

            assertThat(again).isSameAs(first);
            assertThat(calls).hasValue(2);
            assertThat(cache.hits()).isEqualTo(1);
            assertThat(cache.misses()).isEqualTo(2);
        }
    }

    @Test
    void evictsTheLeastRecentlyUsedWhenFull() throws Exception {
        long oneSecond = 32_000;
        try (PromptCache cache = new PromptCache(counting, (long) (oneSecond * 2.5))) {
            cache.synthesize(request("一二三四", 1.0));
            cache.synthesize(request("五六七八", 1.0));
            cache.synthesize(request("一二三四", 1.0));
            cache.synthesize(request("九十百千", 1.0));

            assertThat(cache.contains(request("一二三四", 1.0))).isTrue();
            assertThat(cache.contains(request("五六七八", 1.0))).isFalse();
        }
    }

    @Test
    void prefetchSynthesisesInTheBackground() throws Exception {
        try (PromptCache cache = new PromptCache(counting, 1 << 20)) {
            cache.prefetch(request("欢迎", 1.0));
            await("the prefetch cached").atMost(Duration.ofSeconds(10)).until(() -> cache.contains(request("欢迎", 1.0)));
            cache.synthesize(request("欢迎", 1.0));
            assertThat(calls).hasValue(1);
            assertThat(cache.hits()).isEqualTo(1);
        }
    }
}
