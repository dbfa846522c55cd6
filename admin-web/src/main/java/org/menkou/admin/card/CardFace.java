package org.menkou.admin.card;

import java.time.LocalDate;
import org.menkou.content.Resident;
import org.menkou.content.Station;
import org.menkou.content.card.IssuedCard;

/**
 * What is printed on a card: the masked name (never the full one), the home station, the QR payload, the expiry
 * date and the last four characters of the card id (so staff can tell two cards apart).
 */
public record CardFace(String maskedName, String stationName, String payload, LocalDate expiresOn, String cardIdTail) {
    /** The face of a card just issued to {@code resident}, whose home station is {@code station}. */
    public static CardFace of(Resident resident, Station station, IssuedCard card) {
        String id = card.card().cardId();
        return new CardFace(resident.maskedName(), station.name(), card.payload(), card.card().expiresOn(),
                id.substring(id.length() - 4));
    }

    @Override
    public String toString() {
        return "CardFace[" + maskedName + ", " + stationName + ", until " + expiresOn + ", …" + cardIdTail + "]";
    }
}
