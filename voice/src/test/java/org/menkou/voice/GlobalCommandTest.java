package org.menkou.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The numbers the kiosk turns global commands into: digit keys and the nth choice on the screen. */
class GlobalCommandTest {
    @Test
    void digitsAndChoicesCarryTheirNumberAndTheOtherCommandsNone() {
        assertThat(Stream.of(GlobalCommand.values()).filter(c -> c.name().startsWith("DIGIT_"))
                .map(GlobalCommand::number).toList()).isEqualTo(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9));
        assertThat(Stream.of(GlobalCommand.values()).filter(c -> c.name().startsWith("CHOICE_"))
                .map(GlobalCommand::number).toList()).isEqualTo(List.of(1, 2, 3, 4, 5, 6));
        assertThat(List.of(GlobalCommand.BACK, GlobalCommand.HOME, GlobalCommand.CONFIRM, GlobalCommand.CANCEL,
                GlobalCommand.REPEAT, GlobalCommand.LOUDER, GlobalCommand.SLOWER, GlobalCommand.EMERGENCY))
                .extracting(GlobalCommand::number).containsOnly(0);
    }
}
