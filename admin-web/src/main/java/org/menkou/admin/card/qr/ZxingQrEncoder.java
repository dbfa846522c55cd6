package org.menkou.admin.card.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.util.BitSet;
import java.util.Map;
import org.menkou.content.card.CardException;
import org.menkou.content.card.QrEncoder;
import org.menkou.content.card.QrModules;

/**
 * QR encoding with ZXing at error correction level M (15 % of the code may be lost). ZXing picks the densest mode
 * itself; card payloads use only alphanumeric characters, so they are encoded in alphanumeric mode. Text outside
 * Latin-1 is encoded as UTF-8.
 */
public final class ZxingQrEncoder implements QrEncoder {
    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.CHARACTER_SET, "UTF-8");

    @Override
    public QrModules encode(String text) {
        try {
            QRCode code = Encoder.encode(text, ErrorCorrectionLevel.M, HINTS);
            ByteMatrix matrix = code.getMatrix();
            int size = matrix.getWidth();
            BitSet dark = new BitSet(size * size);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    dark.set(y * size + x, matrix.get(x, y) == 1);
                }
            }
            return new QrModules(size, dark);
        } catch (WriterException e) {
            throw new CardException("this text does not fit in a QR code: " + e.getMessage(), e);
        }
    }
}
