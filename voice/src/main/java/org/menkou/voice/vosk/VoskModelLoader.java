package org.menkou.voice.vosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.menkou.voice.VoiceException;
import org.menkou.voice.VoiceStatus.Line;
import org.menkou.voice.VoiceStatus.ModelState;
import org.menkou.voice.grammar.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vosk.LibVosk;
import org.vosk.Model;

/**
 * Loads the one Vosk model of the process on a background daemon thread, started by the constructor, so the kiosk is
 * usable by buttons meanwhile. {@link #state()} is cheap and thread-safe; {@link #close()} frees the native model.
 */
public final class VoskModelLoader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VoskModelLoader.class);
    private static final int ERRORS_ONLY = -2;

    private final Path modelDir;
    private final CompletableFuture<LoadedModel> loading = new CompletableFuture<>();
    private final boolean installed;
    private volatile boolean closed;

    public VoskModelLoader(Path modelDir) {
        this.modelDir = modelDir;
        this.installed = Files.isRegularFile(modelDir.resolve("am").resolve("final.mdl"));
        if (!installed) {
            loading.completeExceptionally(new VoiceException(notInstalledMessage().english()));
            return;
        }
        Thread thread = new Thread(this::load, "vosk-model-loader");
        thread.setDaemon(true);
        thread.start();
    }

    private void load() {
        long start = System.nanoTime();
        try {
            // Kaldi writes to stderr, which is the kiosk's terminal: errors only (-2). Out-of-vocabulary warnings are
            // reported by GrammarBuilder instead.
            LibVosk.vosk_set_log_level(ERRORS_ONLY);
            Vocabulary vocabulary = ModelVocabularyReader.read(modelDir);
            Model model = new Model(modelDir.toString());
            LOG.info("speech model {} loaded in {} ms, {} words", modelDir, (System.nanoTime() - start) / 1_000_000,
                    vocabulary.size());
            loading.complete(new LoadedModel(model, vocabulary));
        } catch (Exception | UnsatisfiedLinkError e) {
            LOG.error("cannot load the speech model in {}", modelDir, e);
            loading.completeExceptionally(e instanceof VoiceException ? e
                    : new VoiceException("cannot load the speech model in " + modelDir + ": " + e.getMessage(), e));
        }
    }

    public ModelState state() {
        if (!installed) {
            return ModelState.NOT_INSTALLED;
        }
        if (!loading.isDone()) {
            return ModelState.LOADING;
        }
        return loading.isCompletedExceptionally() ? ModelState.FAILED : ModelState.READY;
    }

    /** The one-line message for the state, empty when ready. */
    public Line message() {
        return switch (state()) {
            case READY -> Line.NONE;
            case LOADING -> new Line("语音识别正在加载，请先用按键操作。", "Speech recognition is loading; please use the keys for now.");
            case NOT_INSTALLED -> notInstalledMessage();
            case FAILED -> new Line("语音识别无法启动，请用按键操作。", "Speech recognition failed to start; please use the keys.");
        };
    }

    private Line notInstalledMessage() {
        return new Line("未安装语音模型（" + modelDir + "），请用按键操作；安装：menkou model install。",
                "No speech model installed in " + modelDir + "; use the keys (install: menkou model install).");
    }

    /** The model if it is loaded now and not closed, else empty (never blocks). */
    Optional<LoadedModel> ifReady() {
        return !closed && state() == ModelState.READY ? Optional.of(loading.join()) : Optional.empty();
    }

    /** Whether {@link #close} was called; a closed loader hands out no model. */
    public boolean isClosed() {
        return closed;
    }

    /** Waits for the model; for tools and tests that cannot go on without it. */
    public void awaitReady(long timeoutMillis) throws VoiceException, InterruptedException {
        try {
            loading.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof VoiceException v ? v : new VoiceException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new VoiceException("the speech model did not load within " + timeoutMillis + " ms", e);
        }
    }

    /**
     * Blocks until loading has ended (the model is ready or failed) or {@code timeoutMillis} have passed, without
     * polling; true when the model is ready and not closed.
     */
    public boolean awaitLoaded(long timeoutMillis) throws InterruptedException {
        try {
            loading.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // The state below says which.
        }
        return ifReady().isPresent();
    }

    public Path modelDir() {
        return modelDir;
    }

    /** Frees the native model now, or as soon as a load in progress ends. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        loading.thenAccept(m -> m.model().close());
    }
}
