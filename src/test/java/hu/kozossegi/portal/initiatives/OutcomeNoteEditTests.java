package hu.kozossegi.portal.initiatives;

import static hu.kozossegi.portal.support.TestData.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import hu.kozossegi.portal.shared.web.FlashMessages;
import hu.kozossegi.portal.support.PortalIntegrationTest;
import hu.kozossegi.portal.support.TestData;
import hu.kozossegi.portal.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/** Correcting and removing outcomes and progress notes: rights, closed years, validation and conflicts. */
@PortalIntegrationTest
class OutcomeNoteEditTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    TestData fx;
    long village;
    long initiative;

    @BeforeEach
    void data() {
        fx = new TestData(jdbc);
        village = fx.settlement("02", unique("Abaliget"));
        initiative = fx.initiative(village, unique("Kerekasztal"), "RUNNING", LocalDate.of(2024, 1, 1), null);
    }

    private String outcomePath(long outcome, String action) {
        return "/initiatives/" + initiative + "/outcomes/" + outcome + "/" + action;
    }

    private String notePath(long note, String action) {
        return "/initiatives/" + initiative + "/notes/" + note + "/" + action;
    }

    private MvcTestResult post(RequestPostProcessor user, String path, String... params) {
        var request = mvc.post().uri(path).with(user).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return request.exchange();
    }

    private MvcTestResult editOutcome(RequestPostProcessor user, long outcome, String version, String type,
            String name, String date, String description) {
        return post(user, outcomePath(outcome, "edit"), "version", version, "type", type, "name", name,
                "achievedOn", date, "description", description);
    }

    private MvcTestResult editNote(RequestPostProcessor user, long note, String version, String date, String text) {
        return post(user, notePath(note, "edit"), "version", version, "notedOn", date, "text", text);
    }

    private Map<String, Object> outcomeRow(long outcome) {
        return jdbc.sql("SELECT type, name, achieved_on::text AS achieved_on, description, version"
                + " FROM initiative_outcome WHERE id = ?").param(outcome).query().singleRow();
    }

    private Map<String, Object> noteRow(long note) {
        return jdbc.sql("SELECT noted_on::text AS noted_on, text, author, version FROM progress_note WHERE id = ?")
                .param(note).query().singleRow();
    }

    private long count(String table, long id) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE id = ?").param(id).query(Long.class).single();
    }

    /** The page as a person reads it: form fields print typed values with character references. */
    private static String page(MvcTestResult result) throws Exception {
        return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
    }

    private String detail(RequestPostProcessor user) throws Exception {
        return mvc.get().uri("/initiatives/" + initiative).with(user).exchange().getResponse()
                .getContentAsString();
    }

    @Test
    void coordinatorCorrectsAndRemovesAnOutcome() throws Exception {
        long outcome = fx.outcome(initiative, "Kertbarát klub", LocalDate.of(2024, 5, 1));
        assertThat(detail(TestUsers.coordinator("02"))).contains(outcomePath(outcome, "edit"),
                outcomePath(outcome, "delete"));
        MvcTestResult form = mvc.get().uri(outcomePath(outcome, "edit")).with(TestUsers.coordinator("02")).exchange();
        assertThat(form).hasStatusOk();
        assertThat(page(form)).contains("Eredmény módosítása", "Kertbarát klub", "2024-05-01",
                "Kéthetente találkoznak");

        assertThat(editOutcome(TestUsers.coordinator("02"), outcome, "0", "SELF_HELP_GROUP", " Kertbarát kör ",
                "2024-06-15", "  ")).hasStatus3xxRedirection()
                .hasRedirectedUrl("/initiatives/" + initiative + "#outcomes")
                .flash().containsEntry(FlashMessages.SUCCESS, "outcome.saved");
        Map<String, Object> row = outcomeRow(outcome);
        assertThat(row).containsEntry("type", "SELF_HELP_GROUP").containsEntry("name", "Kertbarát kör")
                .containsEntry("achieved_on", "2024-06-15").containsEntry("version", 1L);
        assertThat(row.get("description")).isNull();

        assertThat(mvc.get().uri(outcomePath(outcome, "delete")).with(TestUsers.coordinator("02"))).hasStatusOk()
                .bodyText().contains("Eredmény törlése", "Kertbarát kör", "Biztosan törli ezt az eredményt?");
        assertThat(post(TestUsers.coordinator("02"), outcomePath(outcome, "delete"), "version", "1"))
                .hasStatus3xxRedirection().hasRedirectedUrl("/initiatives/" + initiative + "#outcomes")
                .flash().containsEntry(FlashMessages.SUCCESS, "outcome.deleted");
        assertThat(count("initiative_outcome", outcome)).isZero();
    }

    @Test
    void nationalOfficeCorrectsAndRemovesOutcomesAndNotes() {
        long outcome = fx.outcome(initiative, "Szomszédünnep", LocalDate.of(2024, 5, 1));
        long note = fx.note(initiative, "Jól halad.", LocalDate.of(2024, 5, 2));
        assertThat(editOutcome(TestUsers.national(), outcome, "0", "NEIGHBOURHOOD_PROGRAMME", "Utcabál",
                "2024-07-01", "Minden nyáron")).hasStatus3xxRedirection();
        assertThat(outcomeRow(outcome)).containsEntry("name", "Utcabál").containsEntry("description", "Minden nyáron");
        assertThat(editNote(TestUsers.national(), note, "0", "2024-05-03", "Nagyon jól halad."))
                .hasStatus3xxRedirection().hasRedirectedUrl("/initiatives/" + initiative + "#notes")
                .flash().containsEntry(FlashMessages.SUCCESS, "note.saved");
        assertThat(noteRow(note)).containsEntry("noted_on", "2024-05-03").containsEntry("text", "Nagyon jól halad.")
                .containsEntry("author", "teszt");
        assertThat(post(TestUsers.national(), outcomePath(outcome, "delete"), "version", "1"))
                .hasStatus3xxRedirection();
        assertThat(post(TestUsers.national(), notePath(note, "delete"), "version", "1")).hasStatus3xxRedirection()
                .flash().containsEntry(FlashMessages.SUCCESS, "note.deleted");
        assertThat(count("initiative_outcome", outcome) + count("progress_note", note)).isZero();
    }

    @Test
    void developerMayNotTouchOutcomesButCorrectsAndRemovesNotes() throws Exception {
        long outcome = fx.outcome(initiative, "Baba-mama kör", LocalDate.of(2024, 5, 1));
        long note = fx.note(initiative, "Első találkozó.", LocalDate.of(2024, 5, 2));
        String page = detail(TestUsers.developer("02"));
        assertThat(page).contains(notePath(note, "edit"), notePath(note, "delete"))
                .doesNotContain(outcomePath(outcome, "edit"), outcomePath(outcome, "delete"));

        assertThat(mvc.get().uri(outcomePath(outcome, "edit")).with(TestUsers.developer("02"))).hasStatus(403);
        assertThat(mvc.get().uri(outcomePath(outcome, "delete")).with(TestUsers.developer("02"))).hasStatus(403);
        assertThat(editOutcome(TestUsers.developer("02"), outcome, "0", "CLUB", "Átírva", "2024-05-01", ""))
                .hasStatus(403);
        assertThat(post(TestUsers.developer("02"), outcomePath(outcome, "delete"), "version", "0")).hasStatus(403);
        assertThat(outcomeRow(outcome)).containsEntry("name", "Baba-mama kör").containsEntry("version", 0L);

        MvcTestResult form = mvc.get().uri(notePath(note, "edit")).with(TestUsers.developer("02")).exchange();
        assertThat(form).hasStatusOk();
        assertThat(page(form)).contains("Feljegyzés módosítása", "Első találkozó.");
        assertThat(editNote(TestUsers.developer("02"), note, "0", "2024-05-04", "Második találkozó."))
                .hasStatus3xxRedirection();
        assertThat(noteRow(note)).containsEntry("text", "Második találkozó.").containsEntry("author", "teszt");
        assertThat(mvc.get().uri(notePath(note, "delete")).with(TestUsers.developer("02"))).hasStatusOk()
                .bodyText().contains("Feljegyzés törlése", "Második találkozó.");
        assertThat(post(TestUsers.developer("02"), notePath(note, "delete"), "version", "1"))
                .hasStatus3xxRedirection();
        assertThat(count("progress_note", note)).isZero();
    }

    @Test
    void anotherCountyGets403OnEveryNewRouteAndNothingChanges() throws Exception {
        long outcome = fx.outcome(initiative, "Civil egyesület", LocalDate.of(2024, 5, 1));
        long note = fx.note(initiative, "Megalakult.", LocalDate.of(2024, 5, 2));
        List<String> paths = List.of(outcomePath(outcome, "edit"), outcomePath(outcome, "delete"),
                notePath(note, "edit"), notePath(note, "delete"));
        for (RequestPostProcessor stranger : List.of(TestUsers.coordinator("12"), TestUsers.developer("12"))) {
            for (String path : paths) {
                assertThat(mvc.get().uri(path).with(stranger)).as("GET " + path).hasStatus(403);
                assertThat(post(stranger, path, "version", "0", "type", "CLUB", "name", "Átírva",
                        "achievedOn", "2024-05-01", "notedOn", "2024-05-01", "text", "Átírva"))
                        .as("POST " + path).hasStatus(403);
            }
            assertThat(detail(stranger)).doesNotContain(outcomePath(outcome, "edit"), notePath(note, "edit"));
        }
        assertThat(outcomeRow(outcome)).containsEntry("name", "Civil egyesület").containsEntry("version", 0L);
        assertThat(noteRow(note)).containsEntry("text", "Megalakult.").containsEntry("version", 0L);
    }

    @Test
    void anOutcomeOrNoteOfAnotherInitiativeIsNotFound() {
        long other = fx.initiative(village, unique("Másik"), "RUNNING", LocalDate.of(2024, 1, 1), null);
        long outcome = fx.outcome(other, "Másik klub", LocalDate.of(2024, 5, 1));
        long note = fx.note(other, "Másik feljegyzés.", LocalDate.of(2024, 5, 2));
        for (String path : List.of(outcomePath(outcome, "edit"), outcomePath(outcome, "delete"),
                notePath(note, "edit"), notePath(note, "delete"), outcomePath(999_999_999L, "edit"),
                notePath(999_999_999L, "delete"))) {
            assertThat(mvc.get().uri(path).with(TestUsers.national())).as("GET " + path).hasStatus(404);
            assertThat(post(TestUsers.national(), path, "version", "0", "type", "CLUB", "name", "Átírva",
                    "achievedOn", "2024-05-01", "notedOn", "2024-05-01", "text", "Átírva"))
                    .as("POST " + path).hasStatus(404);
        }
        assertThat(outcomeRow(outcome)).containsEntry("name", "Másik klub");
        assertThat(noteRow(note)).containsEntry("text", "Másik feljegyzés.");
    }

    @Test
    void closedYearIsReadOnlyForCountyStaffButNotForTheNationalOffice() throws Exception {
        fx.closedYear(2003);
        initiative = fx.initiative(village, unique("Régi"), "RUNNING", LocalDate.of(2003, 1, 1), null);
        long oldOutcome = fx.outcome(initiative, "Régi klub", LocalDate.of(2003, 5, 1));
        long newOutcome = fx.outcome(initiative, "Új klub", LocalDate.of(2024, 5, 1));
        long oldNote = fx.note(initiative, "Régi feljegyzés.", LocalDate.of(2003, 5, 2));
        long newNote = fx.note(initiative, "Új feljegyzés.", LocalDate.of(2024, 5, 2));

        RequestPostProcessor coordinator = TestUsers.coordinator("02");
        // the form explains the lock before any typing and offers no save
        assertThat(mvc.get().uri(outcomePath(oldOutcome, "edit")).with(coordinator)).hasStatusOk()
                .bodyText().contains("A 2003. év beszámolója lezárult", "nem módosítható és nem törölhető")
                .doesNotContain("Mentés");
        assertThat(editOutcome(coordinator, oldOutcome, "0", "CLUB", "Kiszedve", "2024-02-01", "")).hasStatus(409);
        assertThat(mvc.get().uri(outcomePath(oldOutcome, "delete")).with(coordinator)).hasStatus(409);
        assertThat(post(coordinator, outcomePath(oldOutcome, "delete"), "version", "0")).hasStatus(409);
        assertThat(editOutcome(coordinator, newOutcome, "0", "CLUB", "Visszadátumozva", "2003-06-01", ""))
                .hasStatus(409);
        RequestPostProcessor developer = TestUsers.developer("02");
        assertThat(mvc.get().uri(notePath(oldNote, "edit")).with(developer)).hasStatusOk()
                .bodyText().contains("A 2003. év beszámolója lezárult");
        assertThat(editNote(developer, oldNote, "0", "2024-01-02", "Kiszedve")).hasStatus(409);
        assertThat(post(developer, notePath(oldNote, "delete"), "version", "0")).hasStatus(409);
        assertThat(editNote(developer, newNote, "0", "2003-02-02", "Visszadátumozva")).hasStatus(409);
        assertThat(outcomeRow(oldOutcome)).containsEntry("name", "Régi klub").containsEntry("version", 0L);
        assertThat(outcomeRow(newOutcome)).containsEntry("name", "Új klub").containsEntry("version", 0L);
        assertThat(noteRow(oldNote)).containsEntry("version", 0L);
        assertThat(noteRow(newNote)).containsEntry("version", 0L);

        // the detail page offers changes only where county staff may still make them
        assertThat(detail(coordinator)).contains(outcomePath(newOutcome, "edit"), notePath(newNote, "edit"))
                .doesNotContain(outcomePath(oldOutcome, "edit"), notePath(oldNote, "edit"));
        assertThat(detail(TestUsers.national())).contains(outcomePath(oldOutcome, "edit"), notePath(oldNote, "edit"));

        RequestPostProcessor national = TestUsers.national();
        assertThat(editOutcome(national, newOutcome, "0", "CLUB", "Pótlás", "2003-07-01", ""))
                .hasStatus3xxRedirection();
        assertThat(outcomeRow(newOutcome)).containsEntry("achieved_on", "2003-07-01");
        assertThat(editNote(national, oldNote, "0", "2003-05-03", "Javítva")).hasStatus3xxRedirection();
        assertThat(post(national, outcomePath(oldOutcome, "delete"), "version", "0")).hasStatus3xxRedirection();
        assertThat(count("initiative_outcome", oldOutcome)).isZero();
    }

    @Test
    void invalidInputIsShownAtTheFieldsWithTypedInputKept() throws Exception {
        long outcome = fx.outcome(initiative, "Klub", LocalDate.of(2024, 5, 1));
        long note = fx.note(initiative, "Feljegyzés.", LocalDate.of(2024, 5, 2));
        MvcTestResult result = editOutcome(TestUsers.coordinator("02"), outcome, "0", "CLUB", "", "2024-13-45",
                "Új leírás szövege");
        assertThat(result).hasStatus(400);
        assertThat(page(result)).contains("Hiba:", "Hiba történt", "Adja meg az eredmény megnevezését",
                "Valós dátumot", "Új leírás szövege", "value=\"2024-13-45\"", "href=\"#name\"",
                "aria-describedby=\"name-error\"", "name=\"version\" value=\"0\"");
        result = editOutcome(TestUsers.coordinator("02"), outcome, "0", "CLUB", "Korai klub", "2023-12-31", "");
        assertThat(result).hasStatus(400);
        assertThat(page(result)).contains("nem lehet a kezdeményezés kezdete előtt", "Korai klub");
        assertThat(editOutcome(TestUsers.coordinator("02"), outcome, "0", "NOPE", "Klub", "2024-05-01", ""))
                .hasStatus(400).bodyText().contains("Válassza ki az eredmény fajtáját", "href=\"#type\"");
        assertThat(post(TestUsers.coordinator("02"), "/initiatives/" + initiative + "/outcomes", "type", "NOPE",
                "name", "Klub", "achievedOn", "2024-05-01")).hasStatus(400).bodyText()
                .contains("Válassza ki az eredmény fajtáját");
        assertThat(editOutcome(TestUsers.coordinator("02"), outcome, "0", "", "x".repeat(201), "2024-05-01", ""))
                .hasStatus(400).bodyText().contains("Válassza ki az eredmény fajtáját",
                        "legfeljebb 200 karakter");
        assertThat(post(TestUsers.coordinator("02"), outcomePath(outcome, "edit"), "type", "CLUB", "name", "Klub",
                "achievedOn", "2024-05-01")).hasStatus(400);
        assertThat(post(TestUsers.coordinator("02"), outcomePath(outcome, "delete"))).hasStatus(400);

        result = editNote(TestUsers.developer("02"), note, "0", "2024-02-30", " ");
        assertThat(result).hasStatus(400);
        assertThat(page(result)).contains("Hiba:", "Írja be a feljegyzés szövegét", "Valós dátumot",
                "value=\"2024-02-30\"");
        assertThat(editNote(TestUsers.developer("02"), note, "0", "2024-05-02", "x".repeat(5001)))
                .hasStatus(400).bodyText().contains("A szöveg túl hosszú");
        assertThat(outcomeRow(outcome)).containsEntry("name", "Klub").containsEntry("version", 0L);
        assertThat(noteRow(note)).containsEntry("text", "Feljegyzés.").containsEntry("version", 0L);
    }

    @Test
    void aStaleFormGetsTheConflictInsteadOfOverwriting() throws Exception {
        long outcome = fx.outcome(initiative, "Klub", LocalDate.of(2024, 5, 1));
        long note = fx.note(initiative, "Feljegyzés.", LocalDate.of(2024, 5, 2));
        assertThat(editOutcome(TestUsers.coordinator("02"), outcome, "0", "CLUB", "Első javítás", "2024-05-01", ""))
                .hasStatus3xxRedirection();
        MvcTestResult stale = editOutcome(TestUsers.national(), outcome, "0", "CLUB", "Második javítás",
                "2024-05-01", "");
        assertThat(stale).hasStatus(409);
        assertThat(page(stale)).contains("Valaki más időközben módosította ezt az eredményt", "Első javítás",
                "Második javítás", "name=\"version\" value=\"1\"");
        assertThat(outcomeRow(outcome)).containsEntry("name", "Első javítás");
        assertThat(post(TestUsers.national(), outcomePath(outcome, "delete"), "version", "0")).hasStatus(409)
                .bodyText().contains("Valaki más időközben módosította ezt az eredményt", "Első javítás");
        assertThat(count("initiative_outcome", outcome)).isOne();

        assertThat(editNote(TestUsers.developer("02"), note, "0", "2024-05-02", "Első")).hasStatus3xxRedirection();
        assertThat(editNote(TestUsers.coordinator("02"), note, "0", "2024-05-02", "Második")).hasStatus(409)
                .bodyText().contains("Valaki más időközben módosította ezt a feljegyzést", "Első", "Második");
        assertThat(post(TestUsers.coordinator("02"), notePath(note, "delete"), "version", "0")).hasStatus(409);
        assertThat(noteRow(note)).containsEntry("text", "Első");
    }

    @Test
    void theNewPagesSpeakEnglish() {
        long outcome = fx.outcome(initiative, "Klub", LocalDate.of(2024, 5, 1));
        long note = fx.note(initiative, "Feljegyzés.", LocalDate.of(2024, 5, 2));
        assertThat(mvc.get().uri(outcomePath(outcome, "edit") + "?lang=en").with(TestUsers.coordinator("02")))
                .hasStatusOk().bodyText().contains("Change an outcome", "Kind of outcome");
        assertThat(mvc.get().uri(outcomePath(outcome, "delete") + "?lang=en").with(TestUsers.coordinator("02")))
                .hasStatusOk().bodyText().contains("Delete an outcome", "Yes, delete it");
        assertThat(mvc.get().uri(notePath(note, "edit") + "?lang=en").with(TestUsers.developer("02")))
                .hasStatusOk().bodyText().contains("Change a progress note");
        assertThat(mvc.get().uri(notePath(note, "delete") + "?lang=en").with(TestUsers.developer("02")))
                .hasStatusOk().bodyText().contains("Delete a progress note");
    }
}
