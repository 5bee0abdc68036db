package dk.referent.bot.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.referent.bot.Stores;
import dk.referent.bot.chat.Button;
import dk.referent.bot.chat.Place;
import dk.referent.bot.chat.Reply;
import dk.referent.bot.chat.Roles;
import dk.referent.bot.chat.Speaker;
import dk.referent.bot.intake.ReferatFiles;
import dk.referent.bot.intake.SecretariatFlowTest;
import dk.referent.bot.runtime.Services;
import dk.referent.minutes.followup.FollowUpExtractor;
import dk.referent.minutes.question.QuestionParser;
import dk.referent.minutes.referat.ReferatParser;
import dk.referent.minutes.time.DanishTemporalParser;
import dk.referent.persistence.PreviewStore;
import dk.referent.persistence.TestDatabases;
import dk.referent.scheduler.DeliveryResult;
import dk.referent.scheduler.ReminderScheduler;
import dk.referent.scheduler.SchedulerSettings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conversation every platform carries, on a real database and Quartz store: who may do what, where closed
 * content may be shown, follow-ups with their buttons, subscriptions and the secretariat's preview edits.
 */
public class ReferentConversationTest {

    private static final Clock MAY = Clock.fixed(Instant.parse("2024-05-13T10:00:00Z"), ZoneId.of("Europe/Copenhagen"));
    private static final String REFERAT = SecretariatFlowTest.REFERAT;

    private static final Speaker SECRETARY = new Speaker("slack", "U0SECRET1");
    private static final Speaker LEADER = new Speaker("slack", "U0LEADER1", Set.of("S0LEADERS"));
    private static final Speaker ANNA = new Speaker("slack", "U0ANNA001");
    private static final Speaker BO = new Speaker("slack", "U0BO00001");
    private static final Place PUBLIC = new Place("slack", "C0GENERAL", false);
    private static final Place DECISIONS = new Place("slack", "C0DECIDE1", false);

    private TestDatabases.FreshDatabase fresh;
    private ReminderScheduler scheduler;
    private ReferentConversation conversation;
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    @BeforeEach
    void referent() throws Exception {
        fresh = TestDatabases.fresh();
        Stores stores = Stores.over(fresh.database(), MAY, PreviewStore.DEFAULT_TTL);
        SchedulerSettings settings = SchedulerSettings.defaults("conversation-test");
        scheduler = new ReminderScheduler(stores.database().dataSource(), stores.reminders(), MAY, settings);
        DanishTemporalParser temporal = new DanishTemporalParser();
        QuestionParser questions = new QuestionParser(QuestionParser.loadGlossary(), temporal);
        dk.referent.scheduler.ChatDelivery chat = (target, text) -> {
            delivered.add(target + ": " + text);
            return DeliveryResult.sent();
        };
        conversation = Services.create(stores, scheduler, settings, chat,
                new Services.Readers(new ReferatFiles(new ReferatParser(), new FollowUpExtractor(temporal)), questions, temporal),
                new Services.Settings("slack", "C0DECIDE1", new Roles(Set.of("U0SECRET1"), Set.of("S0LEADERS")), Set.of("C0BOARD01", "C0DECIDE1")))
                .conversation();
    }

    @AfterEach
    void stop() throws Exception {
        scheduler.close();
        fresh.close();
    }

    private Reply publish() {
        Reply preview = conversation.sent(SECRETARY, new Place("slack", "D0SECRET1", true), "Referat Direktionen 2024-05-13.md",
                () -> REFERAT.getBytes(StandardCharsets.UTF_8), "");
        assertTrue(preview.text().startsWith("Forhåndsvisning — Direktionen, 13. maj 2024"), preview.text());
        return conversation.pressed(SECRETARY, new Place("slack", "D0SECRET1", true), Button.Action.PUBLISH, "");
    }

    private int count(String sql, Object... args) {
        return ((Number) fresh.database().dsl().fetchValue(sql, args)).intValue();
    }

    private long deadline() {
        return ((Number) fresh.database().dsl().fetchValue("SELECT id FROM follow_up WHERE kind IN ('deadline', 'action') ORDER BY id LIMIT 1"))
                .longValue();
    }

    @Test
    void aQuestionOverFiveHundredCharactersIsToldItIsTooLongInItsLanguage() {
        String danish = "Hvad blev besluttet om sprogskolen " + "og kantinen ".repeat(900) + "?";
        Reply reply = conversation.said(ANNA, PUBLIC, danish);
        assertEquals(ReferentConversation.TOO_LONG, reply.text());
        String english = "What was decided about the language school " + "and the canteen ".repeat(700) + "?";
        assertEquals(ReferentConversation.TOO_LONG_ENGLISH, conversation.said(ANNA, PUBLIC, english).text());
    }

    @Test
    void aQuestionOfFiveHundredCharactersIsAnsweredAndLongCommandsAreNoQuestions() {
        String question = "Hvad blev besluttet om sprogskolen?";
        String padded = question + "x".repeat(ReferentConversation.MAX_QUESTION - question.length() - 1) + "?";
        assertEquals(ReferentConversation.MAX_QUESTION, padded.length());
        assertFalse(conversation.said(ANNA, PUBLIC, padded).text().contains("for langt"));
        String command = "ret organ " + "Direktionen ".repeat(60);
        Reply edit = conversation.said(SECRETARY, new Place("slack", "D0SECRET1", true), command);
        assertFalse(edit.text().contains("for langt"), edit.text());
    }

    @Test
    void aFileFromSomeoneOutsideTheSecretariatIsRefusedUnreadAndTheRefusalAudited() {
        AtomicInteger fetched = new AtomicInteger();
        Reply reply = conversation.sent(ANNA, new Place("slack", "D0ANNA001", true), "referat.md", () -> {
            fetched.incrementAndGet();
            return REFERAT.getBytes(StandardCharsets.UTF_8);
        }, "");
        assertEquals("Det kan kun sekretariatet.", reply.text());
        assertEquals(0, fetched.get());
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE action = 'refused' AND actor = 'slack:U0ANNA001'"));
        assertEquals(0, count("SELECT count(*) FROM meeting"));
    }

    @Test
    void aPreviewCarriesConfirmEditAndDiscardAndConfirmingActsOnceOnly() {
        Reply published = publish();
        assertTrue(published.acted() && published.text().contains("beslutningerne er offentliggjort"), published.text());
        assertTrue(delivered.stream().anyMatch(d -> d.startsWith("C0DECIDE1: Beslutninger fra Direktionen")), delivered.toString());
        Reply again = conversation.pressed(SECRETARY, PUBLIC, Button.Action.PUBLISH, "");
        assertFalse(again.acted(), again.text());
        assertEquals(1, count("SELECT count(*) FROM meeting"));
    }

    @Test
    void closedContentIsAnsweredInConfidentialChannelsAndToTheSecretariatInPrivateOnly() {
        publish();
        String question = "Hvad blev besluttet om personalesagen?";
        assertFalse(conversation.said(ANNA, PUBLIC, question).text().contains("afskedigelse"), "a public channel");
        assertFalse(conversation.said(SECRETARY, PUBLIC, question).text().contains("afskedigelse"), "the secretariat in public");
        assertFalse(conversation.said(LEADER, new Place("slack", "D0LEADER1", true), question).text().contains("afskedigelse"),
                "a leader in private");
        assertFalse(conversation.said(SECRETARY, DECISIONS, question).text().contains("afskedigelse"),
                "the decisions channel, even when configured confidential");
        assertTrue(conversation.said(SECRETARY, new Place("slack", "D0SECRET1", true), question).text().contains("afskedigelse"),
                "the secretariat in private");
        assertTrue(conversation.said(ANNA, new Place("slack", "C0BOARD01", false), question).text().contains("afskedigelse"),
                "a channel configured confidential");
    }

    @Test
    void theSecretariatMarksAChannelConfidentialAndOthersMayNot() {
        publish();
        Place channel = new Place("slack", "C0LEDELSE", false);
        assertEquals("Det kan kun sekretariatet.", conversation.said(LEADER, channel, "fortrolig").text());
        assertFalse(conversation.said(LEADER, channel, "Hvad blev besluttet om personalesagen?").text().contains("afskedigelse"));
        assertTrue(conversation.said(SECRETARY, channel, "marker kanalen som fortrolig").text().startsWith("Kanalen er nu fortrolig"));
        assertTrue(conversation.said(LEADER, channel, "Hvad blev besluttet om personalesagen?").text().contains("afskedigelse"));
        assertTrue(conversation.said(SECRETARY, DECISIONS, "fortrolig").text().startsWith("Beslutningskanalen kan ikke"));
        conversation.said(SECRETARY, channel, "ikke fortrolig");
        assertFalse(conversation.said(LEADER, channel, "Hvad blev besluttet om personalesagen?").text().contains("afskedigelse"));
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE action = 'channel.confidential' AND actor = 'slack:U0SECRET1'"));
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE action = 'refused' AND actor = 'slack:U0LEADER1'"));
    }

    @Test
    void myDeadlinesComeWithDoneSnoozeAndReassignButtonsForEach() {
        publish();
        long id = deadline();
        conversation.reassign(SECRETARY, PUBLIC, id, "<@U0ANNA001>");
        Reply mine = conversation.said(ANNA, PUBLIC, "mine frister");
        assertTrue(mine.text().contains("#" + id), mine.text());
        assertEquals(List.of(String.valueOf(id)), mine.followUps());
        assertEquals(List.of(Button.Action.DONE, Button.Action.SNOOZE_WEEK, Button.Action.REASSIGN),
                mine.buttons().stream().map(Button::action).toList());
        assertEquals(List.of(), conversation.said(BO, PUBLIC, "mine frister").followUps(), "Bo has none");
    }

    @Test
    void aFollowUpGivenToSomeoneIsTheirsToChangeAndLeadersAndTheSecretariatsToo() {
        publish();
        long id = deadline();
        assertTrue(conversation.reassign(SECRETARY, PUBLIC, id, "<@U0ANNA001>").acted());
        Reply refused = conversation.pressed(BO, PUBLIC, Button.Action.DONE, String.valueOf(id));
        assertFalse(refused.acted());
        assertTrue(refused.text().contains("kun den ansvarlige"), refused.text());
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE action = 'refused' AND actor = 'slack:U0BO00001'"));
        assertTrue(conversation.pressed(LEADER, PUBLIC, Button.Action.SNOOZE_WEEK, String.valueOf(id)).acted(), "a leader may");
        Reply snoozed = conversation.said(LEADER, PUBLIC, "udsæt " + id + " til 3. april");
        assertTrue(snoozed.text().endsWith("er udsat til 3. april 2025."), "a day without a year is the coming one: " + snoozed.text());
        assertTrue(conversation.pressed(ANNA, PUBLIC, Button.Action.DONE, String.valueOf(id)).acted(), "the assignee may");
        assertEquals("done", fresh.database().dsl().fetchValue("SELECT status FROM follow_up WHERE id = ?", id));
        assertFalse(conversation.pressed(ANNA, PUBLIC, Button.Action.DONE, String.valueOf(id)).acted(), "done once");
    }

    @Test
    void aFollowUpGivenToATeamsUserIsTheirsToChange() {
        publish();
        long id = deadline();
        Speaker anna = new Speaker("teams", "6f1c2e0a-4b7d-4c8e-9a1b-2c3d4e5f6a7b");
        Speaker bo = new Speaker("teams", "0a0b0c0d-1111-2222-3333-444455556666");
        assertTrue(conversation.reassign(SECRETARY, PUBLIC, id, anna.id()).acted());
        assertFalse(conversation.pressed(bo, PUBLIC, Button.Action.DONE, String.valueOf(id)).acted(), "not Bo's");
        assertEquals(List.of(String.valueOf(id)), conversation.said(anna, PUBLIC, "mine frister").followUps());
        assertTrue(conversation.pressed(anna, PUBLIC, Button.Action.DONE, String.valueOf(id)).acted(), "Anna's");
    }

    @Test
    void aSnoozeToAYearNoOneMeansIsRefusedAndChangesNothing() {
        publish();
        long id = deadline();
        Object before = fresh.database().dsl().fetchValue("SELECT snoozed_until FROM follow_up WHERE id = ?", id);

        Reply refused = conversation.said(SECRETARY, PUBLIC, "udsæt " + id + " til 31-12-9999");

        assertFalse(refused.acted(), refused.text());
        assertTrue(refused.text().contains("højst udsættes 3650 dage"), refused.text());
        assertEquals(before, fresh.database().dsl().fetchValue("SELECT snoozed_until FROM follow_up WHERE id = ?", id));
    }

    @Test
    void aButtonWithAValueThatIsNoFollowUpIsSaidPlainly() {
        assertEquals("Knappen hører ikke til en opfølgning.", conversation.pressed(ANNA, PUBLIC, Button.Action.DONE, "abc").text());
        assertTrue(conversation.said(ANNA, PUBLIC, "udsæt 5 til engang").text().contains("er ikke en dato"));
    }

    @Test
    void aFollowerIsToldOfANewDecisionOnTheirTopicWithClosedItemsByTitleOnly() {
        assertTrue(conversation.said(ANNA, PUBLIC, "følg sygefravær").text().startsWith("Du følger nu »sygefravær«"));
        assertTrue(conversation.said(ANNA, PUBLIC, "følg sygefravær").text().startsWith("Du følger allerede"));
        conversation.said(BO, PUBLIC, "følg personalesager");
        conversation.said(BO, PUBLIC, "følg sag 99-999999");
        assertTrue(conversation.said(BO, PUBLIC, "hvad følger jeg?").text().contains("• personalesager"));
        publish();
        List<String> toAnna = delivered.stream().filter(d -> d.startsWith("U0ANNA001: ")).toList();
        assertEquals(1, toAnna.size(), delivered.toString());
        assertTrue(toAnna.get(0).contains("punkt 1: Ny vejledning om sygefravær (sag 24-004410) — Godkendt."), toAnna.get(0));
        List<String> toBo = delivered.stream().filter(d -> d.startsWith("U0BO00001: ")).toList();
        assertEquals(1, toBo.size(), "the case Bo follows was not treated: " + delivered);
        assertTrue(toBo.get(0).contains("Personalesag — lukket punkt") && !toBo.get(0).contains("afskedigelse"), toBo.get(0));
        assertTrue(conversation.said(ANNA, PUBLIC, "følg ikke sygefravær").text().startsWith("Du følger ikke længere"));
    }

    @Test
    void theSecretariatCorrectsAFollowUpInThePreviewBeforeConfirming() {
        Place dm = new Place("slack", "D0SECRET1", true);
        conversation.sent(SECRETARY, dm, "Referat Direktionen 2024-05-13.md", () -> REFERAT.getBytes(StandardCharsets.UTF_8), "");
        Reply edited = conversation.said(SECRETARY, dm, "ret 1 dato 14. juni 2024");
        assertTrue(edited.text().contains("14. juni 2024"), edited.text());
        assertEquals(List.of(Button.Action.PUBLISH, Button.Action.EDIT, Button.Action.DISCARD), edited.buttons().stream().map(Button::action).toList());
        conversation.said(SECRETARY, dm, "ret 1 ansvarlig <@U0ANNA001>");
        assertTrue(conversation.said(SECRETARY, dm, "ret 9 dato 2024-06-14").text().startsWith("Der er ingen opfølgning 9"));
        assertTrue(conversation.said(SECRETARY, dm, "ret 1 dato snart").text().contains("er ikke en dato"));
        assertEquals("Det kan kun sekretariatet.", conversation.said(ANNA, dm, "fjern 1").text());
        conversation.pressed(SECRETARY, dm, Button.Action.PUBLISH, "");
        var stored = fresh.database().dsl().fetchOne("SELECT due_date, owner, status FROM follow_up ORDER BY id LIMIT 1");
        assertEquals(java.time.LocalDate.of(2024, 6, 14), stored.get(0, java.time.LocalDate.class));
        assertEquals("U0ANNA001", stored.get(1, String.class));
        assertEquals("confirmed", stored.get(2, String.class));
        assertEquals(2, count("SELECT count(*) FROM audit_log WHERE action = 'referat.edit'"));
    }

    @Test
    void thePreviewSaysARecurringFollowUpInWordsWithItsFirstOccurrence() {
        String twiceAYear = """
                REFERAT Direktionen d. 13-05-2024

                Punkt 1: Sygefravær
                Beslutning
                Godkendt. Direktionen ønsker status på sygefraværet to gange årligt.
                """;

        Reply preview = conversation.sent(SECRETARY, new Place("slack", "D0SECRET1", true), "referat.md",
                () -> twiceAYear.getBytes(StandardCharsets.UTF_8), "");

        assertTrue(preview.text().contains("Punkt 1: tilbagevendende, hvert halve år, første gang 13. november 2024"), preview.text());
        assertFalse(preview.text().contains("FREQ"), preview.text());
    }

    /** Two items and nothing that says when or which body met; the file name does not say it either. */
    private static final String UNDATED = """
            Punkt 1: Godkendelse af dagsorden
            Beslutning
            Godkendt.

            Punkt 2: Budgetopfølgning
            Beslutning
            Taget til efterretning. Økonomi sender en ny status senest den 1. juni 2024.
            """;

    @Test
    void anUndatedReferatShowsItsDoubtsFirstAndIsStoredOnlyOnceTheSecretariatGivesDateAndBody() {
        Place dm = new Place("slack", "D0SECRET1", true);
        Reply preview = conversation.sent(SECRETARY, dm, "referat.md", () -> UNDATED.getBytes(StandardCharsets.UTF_8), "");
        String text = preview.text();
        assertTrue(text.startsWith("Forhåndsvisning — (ukendt organ), (ingen mødedato), 2 punkter."), text);
        assertTrue(text.indexOf("⚠ Mødedato:") > 0 && text.indexOf("⚠ Mødedato:") < text.indexOf("• Punkt 1"),
                "the doubts come before the items: " + text);
        assertTrue(text.contains("⚠ Organ:"), text);
        assertTrue(text.contains("»ret mødedato DATO«"), text);
        assertEquals(List.of(Button.Action.PUBLISH, Button.Action.EDIT, Button.Action.DISCARD), preview.buttons().stream().map(Button::action).toList());

        Reply refused = conversation.pressed(SECRETARY, dm, Button.Action.PUBLISH, "");
        assertFalse(refused.acted(), "the preview stays: " + refused.text());
        assertTrue(refused.text().startsWith("Intet er gemt.") && refused.text().contains("»ret mødedato DATO«"), refused.text());
        assertEquals(0, count("SELECT count(*) FROM meeting"));
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE action = 'refused' AND actor = 'slack:U0SECRET1'"));

        Reply dated = conversation.said(SECRETARY, dm, "ret mødedato 23. marts 2015");
        assertTrue(dated.text().startsWith("Forhåndsvisning — (ukendt organ), 23. marts 2015, 2 punkter."), dated.text());
        assertFalse(dated.text().contains("⚠ Mødedato:"), "the date's doubt is resolved: " + dated.text());
        assertTrue(dated.text().contains("Opfølgninger ("), "follow-ups are found once the date is known: " + dated.text());
        assertTrue(conversation.said(SECRETARY, dm, "bekræft").text().contains("»ret organ NAVN«"), "the body is still missing");
        assertEquals(0, count("SELECT count(*) FROM meeting"));

        Reply named = conversation.said(SECRETARY, dm, "ret organ Økonomiudvalget");
        assertTrue(named.text().startsWith("Forhåndsvisning — Økonomiudvalget, 23. marts 2015, 2 punkter"), named.text());
        assertFalse(named.text().contains("⚠ Organ:"), named.text());
        Reply stored = conversation.pressed(SECRETARY, dm, Button.Action.PUBLISH, "");
        assertTrue(stored.acted() && stored.text().startsWith("Gemt (new): Økonomiudvalget 2015-03-23"), stored.text());
        assertEquals(1, count("SELECT count(*) FROM meeting WHERE body = 'Økonomiudvalget' AND meeting_date = DATE '2015-03-23'"));
        assertEquals(2, count("SELECT count(*) FROM audit_log WHERE action = 'referat.edit'"));
    }

    @Test
    void theSecretariatGivesTheMeetingsBodyAndDateInThePreviewAndTheyWinOverTheText() {
        Place dm = new Place("slack", "D0SECRET1", true);
        conversation.sent(SECRETARY, dm, "Referat Direktionen 2024-05-13.md", () -> REFERAT.getBytes(StandardCharsets.UTF_8), "");
        conversation.said(SECRETARY, dm, "ret 1 ansvarlig <@U0ANNA001>");
        Reply named = conversation.said(SECRETARY, dm, "ret organ Økonomiudvalget");
        assertTrue(named.text().startsWith("Forhåndsvisning — Økonomiudvalget, 13. maj 2024, 2 punkter:"), named.text());
        assertTrue(named.text().contains("rettelser af dem er nulstillet"), "the follow-ups are found again: " + named.text());
        assertEquals(List.of(Button.Action.PUBLISH, Button.Action.EDIT, Button.Action.DISCARD), named.buttons().stream().map(Button::action).toList());
        assertTrue(conversation.said(SECRETARY, dm, "ret mødedato 14-5-2024").text().startsWith("Forhåndsvisning — Økonomiudvalget, 14. maj 2024"));
        assertTrue(conversation.said(SECRETARY, dm, "ret mødedato 12. maj").text().startsWith("Forhåndsvisning — Økonomiudvalget, 12. maj 2024"),
                "a meeting's day without a year is the last one that has been");
        assertTrue(conversation.said(SECRETARY, dm, "ret mødedato snart").text().contains("er ikke en dato"));
        assertEquals("Det kan kun sekretariatet.", conversation.said(ANNA, dm, "ret organ Byrådet").text());
        assertTrue(conversation.said(SECRETARY, dm, "ret mødedato 2024-05-14").text().contains("14. maj 2024"));

        assertTrue(conversation.said(SECRETARY, dm, "bekræft").text().startsWith("Gemt (new): Økonomiudvalget 2024-05-14"));
        assertEquals(1, count("SELECT count(*) FROM meeting WHERE body = 'Økonomiudvalget' AND meeting_date = DATE '2024-05-14'"));
        assertEquals(5, count("SELECT count(*) FROM audit_log WHERE action = 'referat.edit'"), "one follow-up edit, four of the meeting");
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE action = 'refused' AND actor = 'slack:U0ANNA001'"));
        assertTrue(conversation.said(SECRETARY, dm, "ret organ Byrådet").text().startsWith("Der er intet referat i forhåndsvisning"));
    }

    @Test
    void aMeetingCalendarSentWithItsBodyIsImportedAndABadOneNamesTheLine() {
        Place dm = new Place("slack", "D0SECRET1", true);
        Reply imported = conversation.sent(SECRETARY, dm, "oeu.txt", () -> "2024-06-10\n2024-08-19\n".getBytes(StandardCharsets.UTF_8),
                "kalender Økonomiudvalget");
        assertTrue(imported.text().startsWith("Økonomiudvalget: 2 mødedatoer importeret"), imported.text());
        Reply bad = conversation.sent(SECRETARY, dm, "oeu.txt", () -> "2024-06-10\nnæste tirsdag\n".getBytes(StandardCharsets.UTF_8),
                "kalender Økonomiudvalget");
        assertTrue(bad.text().startsWith("Kalenderen kunne ikke læses, intet er importeret:") && bad.text().contains("2"), bad.text());
        assertEquals(2, count("SELECT count(*) FROM meeting_calendar WHERE body = 'Økonomiudvalget'"));
        assertTrue(conversation.sent(SECRETARY, dm, "oeu.ics", () -> new byte[0], "").text().contains("kalender ORGAN"));
    }

    @Test
    void helpShowsTheSecretariatItsCommandsAndOthersTheirs() {
        assertTrue(conversation.said(SECRETARY, PUBLIC, "hjælp").text().contains("For sekretariatet"));
        assertTrue(conversation.said(SECRETARY, PUBLIC, "hjælp").text().contains("ret mødedato DATO, ret organ NAVN"));
        assertFalse(conversation.said(ANNA, PUBLIC, "hjælp").text().contains("For sekretariatet"));
    }

    @Test
    void aPathOnReferentsMachineIsReadOnlyFromTheTerminalNeverFromChat(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("Referat Direktionen 2024-05-13.md"), REFERAT);
        String fromChat = conversation.said(SECRETARY, new Place("slack", "D0SECRET1", true), "indlæs " + file).text();
        assertFalse(fromChat.startsWith("Forhåndsvisning") || fromChat.contains("kunne ikke læses"), fromChat);
        String fromTerminal = conversation.said(new Speaker("console", "anna"), new Place("console", "terminal", false), "indlæs " + file).text();
        assertTrue(fromTerminal.startsWith("Forhåndsvisning — Direktionen, 13. maj 2024"), fromTerminal);
    }
}
