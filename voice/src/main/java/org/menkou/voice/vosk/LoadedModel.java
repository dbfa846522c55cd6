package org.menkou.voice.vosk;

import org.menkou.voice.grammar.Vocabulary;
import org.vosk.Model;

/** A loaded Vosk model and its vocabulary. The model is freed by {@link VoskModelLoader#close}. */
record LoadedModel(Model model, Vocabulary vocabulary) {
}
