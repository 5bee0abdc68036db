package dk.referent.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyTest {

    @Test
    void aReplyCarriesNoEscapesOrInvisibleCharactersFromStoredMinutes() {
        // as a title stored before the text was cleaned on reading could still say it
        String citation = "Direktionen 20. marts 2023, punkt 2: Kalundborg Sprog\u200Bskolen\u001B[31m \u202E(23-001310)";
        Reply reply = new Reply("Taget til efterretning.\n" + citation, List.of(), false, citation);

        assertEquals("Taget til efterretning.\nDirektionen 20. marts 2023, punkt 2: Kalundborg Sprogskolen (23-001310)", reply.text());
        assertEquals("Direktionen 20. marts 2023, punkt 2: Kalundborg Sprogskolen (23-001310)", reply.citation());
    }
}
