package org.menkou.content.card;

/** Turns text into the modules of a QR code (error correction level M or higher). Implementations are thread-safe. */
public interface QrEncoder {
    /** The code for {@code text}; a CardException when the text does not fit in a QR code. */
    QrModules encode(String text);
}
