package org.menkou.content.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The alarm source on the wire: its name, as every kiosk and server version sends and reads it. */
class AlarmSourceTest {
    private final ObjectMapper json = SyncJson.strict();

    @Test
    void aSourceIsSentAsItsName() throws Exception {
        assertThat(json.writeValueAsString(AlarmSource.BUTTON)).isEqualTo("\"BUTTON\"");
        for (AlarmSource source : AlarmSource.values()) {
            assertThat(json.readValue(json.writeValueAsString(source), AlarmSource.class)).isEqualTo(source);
        }
    }

    @Test
    void theLowerCaseOfKiosksFromBeforeTheEnumStillReads() throws Exception {
        assertThat(json.readValue("\"button\"", AlarmSource.class)).isEqualTo(AlarmSource.BUTTON);
        assertThat(AlarmSource.fromName("voice")).contains(AlarmSource.VOICE);
    }

    @Test
    void aSourceThisVersionDoesNotKnowIsRefusedNotGuessed() {
        assertThat(AlarmSource.fromName("shout")).isEmpty();
        assertThat(AlarmSource.fromName(null)).isEmpty();
        assertThatThrownBy(() -> json.readValue("\"shout\"", AlarmSource.class))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("shout");
    }
}
