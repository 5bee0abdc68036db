package dk.referent.bot.bench;

import dk.referent.persistence.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * Many generated meetings and items, inserted by SQL in bulk (the search triggers fill the vectors as for real
 * items), for the answer-latency benchmark; and the questions asked of them.
 */
public final class SyntheticItems {

    private static final String[] SUBJECTS = {"Budgetopfølgning", "Takster", "Lokalplan", "Skolestruktur", "Sygefravær",
        "Klimaplan", "Sprogskole", "Beskæftigelsesplan", "Udbud af rengøring", "Ældrepolitik", "Digitaliseringsstrategi",
        "Anlægsbevilling", "Kvalitetsrapport", "Trafiksikkerhedsplan", "Boligsociale indsatser", "Sundhedsklynge",
        "Rekruttering", "Energirenovering", "Frivilligstrategi", "Kollektiv trafik", "Svømmehal", "Bibliotek",
        "Dagtilbudsstruktur", "Handicappolitik", "Integrationsindsats", "Affaldsordning", "Vandplan", "Kulturstrategi",
        "Idrætsfaciliteter", "Erhvervsservice"};
    private static final String[] QUALIFIERS = {"status", "høring", "godkendelse", "evaluering", "orientering",
        "opfølgning", "revision", "prioritering", "handleplan", "forslag"};
    private static final String[] PLACES = {"Nordby", "Sønderby", "Østerby", "Vesterby", "Havnen", "Midtbyen", "Skovbyen", "Bakkedal"};

    private SyntheticItems() {
    }

    public static void load(Database db, int items) {
        int meetings = Math.max(1, items / 12);
        db.dsl().execute("""
                INSERT INTO meeting (body, meeting_date, source_name, content_hash, ingested_at, ingested_by)
                SELECT (ARRAY['Direktionen','Økonomiudvalget','Byrådet','Børne- og Skoleudvalget','Teknik- og Miljøudvalget',
                              'Social- og Sundhedsudvalget','Kultur- og Fritidsudvalget'])[1 + g % 7],
                       DATE '1990-01-01' + (g / 7) * 3 + g % 3, 'bench-' || g, md5(g::text), now(), 'bench'
                FROM generate_series(0, ? - 1) g""", meetings);
        db.dsl().execute("""
                INSERT INTO agenda_item (meeting_id, number, title, case_number, closed, decision, outcome, full_text)
                SELECT m.id, n,
                       s.subjects[1 + (m.id * 13 + n * 7) % array_length(s.subjects, 1)] || ' ' ||
                       s.qualifiers[1 + (m.id * 3 + n) % array_length(s.qualifiers, 1)] || ' ' ||
                       s.places[1 + (m.id + n * 5) % array_length(s.places, 1)],
                       lpad((m.id % 100)::text, 2, '0') || '-' || lpad((m.id * 12 + n)::text, 6, '0'),
                       (m.id + n) % 9 = 0,
                       (ARRAY['Godkendt.', 'Anbefales.', 'Drøftet.', 'Taget til efterretning.'])[1 + (m.id + n) % 4],
                       (ARRAY['godkendt', 'anbefales', 'droeftet', 'taget_til_efterretning'])[1 + (m.id + n) % 4],
                       'Administrationen har udarbejdet et forslag på baggrund af de seneste drøftelser. '
                       || 'Forslaget indebærer en merudgift, som finansieres inden for rammen. '
                       || 'Der følges op på indsatsen med en status til udvalget. '
                       || s.subjects[1 + (m.id * 5 + n) % array_length(s.subjects, 1)] || ' indgår i sagen.'
                FROM meeting m, generate_series(1, 12) n,
                     (SELECT ?::text[] AS subjects, ?::text[] AS qualifiers, ?::text[] AS places) s""",
                SUBJECTS, QUALIFIERS, PLACES);
        db.dsl().execute("ANALYZE agenda_item");
    }

    /** Questions of the kinds leaders ask: decision questions, bare topics, slips, English, and some about nothing stored. */
    public static List<String> questions(int n) {
        List<String> out = new ArrayList<>(n);
        String[] unanswerable = {"Hvad blev besluttet om skatepark?", "havneudvidelse", "What was decided on the airport?"};
        for (int i = 0; i < n; i++) {
            String subject = SUBJECTS[(i * 7) % SUBJECTS.length].toLowerCase();
            String place = PLACES[i % PLACES.length];
            out.add(switch (i % 6) {
                case 0 -> "Hvad blev besluttet om " + subject + " i " + place + "?";
                case 1 -> subject + " " + QUALIFIERS[i % QUALIFIERS.length];
                case 2 -> "hvad skete der med " + subject;
                case 3 -> subject.length() > 6 ? subject.substring(0, 3) + subject.substring(4) : subject;
                case 4 -> unanswerable[i % unanswerable.length];
                default -> "Hvad blev besluttet om " + subject + "?";
            });
        }
        return out;
    }
}
