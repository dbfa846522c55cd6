package org.menkou.kiosk.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.menkou.content.DataDirectory;
import org.menkou.voice.VoiceLanguage;
import org.menkou.voice.model.ModelInstaller;
import org.menkou.voice.model.ModelSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code menkou model install}: installs the speech model of a language into the data directory. */
@Command(name = "model", mixinStandardHelpOptions = true, description = "Manage the offline speech models.",
        subcommands = ModelCommand.Install.class)
final class ModelCommand {

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Download (or take from a file) the Vosk model of a language, check its SHA-256 and unpack it",
                    "atomically into DATA/models/vosk-<lang>/. zh-CN: vosk-model-small-cn-0.22.zip;",
                    "en: Maven Central's com.alphacephei:vosk-model-en:0.3.45 aar."})
    static final class Install implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--data", description = "Data directory (default: $MENKOU_DATA or ./data).")
        Path data;

        @Option(names = "--lang", defaultValue = "zh-CN", converter = LanguageConverter.class,
                description = "Language: zh-CN or en (default: ${DEFAULT-VALUE}).")
        VoiceLanguage lang;

        @Option(names = "--from", paramLabel = "FILE", description = "Install from this file (e.g. on a USB stick) instead of downloading.")
        Path from;

        @Option(names = "--url", hidden = true, description = "Download from this mirror instead of the official address.")
        URI url;

        @Option(names = "--expect-sha256", hidden = true, description = "SHA-256 of a different archive (with --expect-size).")
        String sha256;

        @Option(names = "--expect-size", hidden = true, description = "Size in bytes of a different archive (with --expect-sha256).")
        Long size;

        @Override
        public Integer call() throws Exception {
            Path dir = DataDirectory.resolve(data, System.getenv());
            KioskLogging.toDirectory(dir);
            ModelSource source = source();
            PrintWriter out = spec.commandLine().getOut();
            ProgressBar bar = new ProgressBar(out, System.console() != null);
            ModelInstaller installer = new ModelInstaller(dir, ModelInstaller.defaultHttpClient(), bar::update);
            if (from == null) {
                out.println("model: downloading " + source.url());
            }
            Path installed = from != null ? installer.installFrom(source, from) : installer.download(source);
            bar.finish();
            out.println("model: " + source.language().tag() + " speech model installed in " + installed + " (SHA-256 verified)");
            return 0;
        }


        private ModelSource source() {
            ModelSource source = ModelSource.official(lang);
            if (url != null) {
                source = source.withUrl(url);
            }
            if (sha256 != null || size != null) {
                if (sha256 == null || size == null) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--expect-sha256 and --expect-size go together");
                }
                source = new ModelSource(source.language(), source.url(), size, sha256.toLowerCase(java.util.Locale.ROOT));
            }
            return source;
        }
    }
}
