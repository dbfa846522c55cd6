package org.menkou.voice.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.menkou.voice.VoiceException;

/** A two-column tab-separated file (no header; blank lines and lines starting with # are skipped). */
final class TranscriptFile {
    record Row(int line, String first, String second) {
    }

    private TranscriptFile() {
    }

    static List<Row> read(Path tsv) throws VoiceException {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new VoiceException("cannot read " + tsv + ": " + e.getMessage(), e);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 2) {
                throw new VoiceException(tsv + " line " + (i + 1) + ": expected two tab-separated columns");
            }
            rows.add(new Row(i + 1, fields[0].strip(), fields[1].strip()));
        }
        if (rows.isEmpty()) {
            throw new VoiceException(tsv + " has no rows");
        }
        return rows;
    }
}
