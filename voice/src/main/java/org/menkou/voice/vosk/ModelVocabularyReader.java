package org.menkou.voice.vosk;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.menkou.voice.VoiceException;
import org.menkou.voice.grammar.Vocabulary;

/**
 * Reads the words a Vosk model knows, the way Vosk does: {@code graph/words.txt} (a Kaldi symbol table, one
 * "word id" per line) when present, else the output symbol table stored in the header of the OpenFst grammar
 * {@code graph/Gr.fst} (lookahead models such as the small Chinese and English ones). Disambiguation and epsilon
 * symbols ({@code <eps>}, {@code #0}, {@code <s>} …) are left out.
 */
public final class ModelVocabularyReader {
    private static final int FST_MAGIC = 2125659606;
    private static final int SYMBOL_TABLE_MAGIC = 2125658996;
    private static final int HAS_INPUT_SYMBOLS = 1;
    private static final int HAS_OUTPUT_SYMBOLS = 2;
    private static final int MAX_STRING_BYTES = 1 << 16;

    private ModelVocabularyReader() {
    }

    public static Vocabulary read(Path modelDir) throws VoiceException {
        Path wordsTxt = modelDir.resolve("graph").resolve("words.txt");
        Path grFst = modelDir.resolve("graph").resolve("Gr.fst");
        try {
            if (Files.isRegularFile(wordsTxt)) {
                return new Vocabulary(realWords(readWordsTxt(wordsTxt)));
            }
            if (Files.isRegularFile(grFst)) {
                return new Vocabulary(realWords(readFstSymbols(grFst)));
            }
        } catch (IOException e) {
            throw new VoiceException("cannot read the model's vocabulary in " + modelDir + ": " + e.getMessage(), e);
        }
        throw new VoiceException("the model in " + modelDir + " has neither graph/words.txt nor graph/Gr.fst");
    }

    static List<String> readWordsTxt(Path file) throws IOException {
        List<String> words = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.trim();
            int space = trimmed.lastIndexOf(' ');
            if (space > 0) {
                words.add(trimmed.substring(0, space).trim());
            }
        }
        return words;
    }

    /** The output symbols of an OpenFst binary file (the input symbols when it has no output table). */
    static List<String> readFstSymbols(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            LittleEndian le = new LittleEndian(in);
            if (le.int32() != FST_MAGIC) {
                throw new IOException(file + " is not an OpenFst file");
            }
            le.string();
            le.string();
            le.int32();
            int flags = le.int32();
            le.int64();
            le.int64();
            le.int64();
            le.int64();
            List<String> input = (flags & HAS_INPUT_SYMBOLS) != 0 ? readSymbolTable(le) : List.of();
            if ((flags & HAS_OUTPUT_SYMBOLS) != 0) {
                return readSymbolTable(le);
            }
            if (input.isEmpty()) {
                throw new IOException(file + " has no symbol table");
            }
            return input;
        }
    }

    private static List<String> readSymbolTable(LittleEndian le) throws IOException {
        if (le.int32() != SYMBOL_TABLE_MAGIC) {
            throw new IOException("bad symbol table in the model's grammar");
        }
        le.string();
        le.int64();
        long size = le.int64();
        if (size < 0 || size > 50_000_000) {
            throw new IOException("implausible symbol table size " + size);
        }
        List<String> symbols = new ArrayList<>((int) size);
        for (long i = 0; i < size; i++) {
            symbols.add(le.string());
            le.int64();
        }
        return symbols;
    }

    private static List<String> realWords(List<String> symbols) {
        return symbols.stream()
                .filter(s -> !s.isEmpty() && !s.startsWith("#") && !s.startsWith("<") && !s.equals("!SIL"))
                .toList();
    }

    /** Little-endian reads as OpenFst writes them on x86. */
    private record LittleEndian(InputStream in) {
        private byte[] bytes(int n) throws IOException {
            byte[] b = in.readNBytes(n);
            if (b.length != n) {
                throw new IOException("model grammar file ends early");
            }
            return b;
        }

        int int32() throws IOException {
            return ByteBuffer.wrap(bytes(4)).order(ByteOrder.LITTLE_ENDIAN).getInt();
        }

        long int64() throws IOException {
            return ByteBuffer.wrap(bytes(8)).order(ByteOrder.LITTLE_ENDIAN).getLong();
        }

        String string() throws IOException {
            int n = int32();
            if (n < 0 || n > MAX_STRING_BYTES) {
                throw new IOException("implausible string length " + n + " in the model's grammar");
            }
            return new String(bytes(n), StandardCharsets.UTF_8);
        }
    }
}
